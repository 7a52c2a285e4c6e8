/** One look for every data table of the secretariat's screens. */
export const tableClass = "w-full border-collapse text-sm";
export const captionClass = "mb-2 text-start font-semibold text-slate-800";
export const headCellClass = "border border-slate-300 bg-slate-100 px-2 py-1 text-start font-semibold";
export const cellClass = "border border-slate-300 px-2 py-1 text-end tabular-nums";
