/** A small text button of a comment's toolbar; the focus ring comes from the global :focus-visible. */
export const toolButtonClass =
  "inline-flex items-center gap-1 rounded px-2 py-1 text-sm font-medium text-brand-800 underline-offset-4 hover:bg-brand-50 hover:underline disabled:cursor-not-allowed disabled:text-slate-500 aria-disabled:cursor-not-allowed aria-disabled:text-slate-500 aria-disabled:hover:bg-transparent aria-disabled:hover:no-underline";

/** Dates of comments and revisions: the same for every reader, so in UTC and saying so. */
export const DATE_TIME_FORMAT = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
} as const satisfies Intl.DateTimeFormatOptions;
