/** A small text button of a comment's toolbar (app/globals.css); the focus ring comes from the global :focus-visible. */
export const toolButtonClass = "tool-button";

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
