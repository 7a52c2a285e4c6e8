import type { ReactNode } from "react";

/** The class of a staff table's body cells (and of its row headers, with text-start font-medium). */
export const cellClass = "border-b border-slate-200 px-3 py-2 align-top";

/** A staff page's table: a hidden caption, one header row, and the rows given as children. */
export function DataTable({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className="border-b border-slate-300 px-3 py-2 text-start font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
