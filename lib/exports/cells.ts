/**
 * What a spreadsheet cell may safely hold. A cell that starts with = + - @ (or a tab or carriage
 * return, which some programs skip before reading a formula) is run as a formula by Excel,
 * LibreOffice and Google Sheets when the file is opened or the cell edited: CSV injection. Such text
 * gets a leading apostrophe, which every spreadsheet shows as text and which a reader can strip.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** True when a cell's text would be read as a formula; used by the tests of every format. */
export function startsFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * The characters XML 1.0 cannot carry at all, so an XLSX file cannot either (and NUL, which no
 * stored text holds: PostgreSQL refuses it).
 */
export const XML_ILLEGAL_CHARACTERS =
  "\x01\x02\x03\x04\x05\x06\x07\x08\x0B\x0C\x0E\x0F\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1A\x1B\x1C\x1D\x1E\x1F\x7F\uFFFE\uFFFF";
const XML_ILLEGAL = new RegExp(`[\\x00${XML_ILLEGAL_CHARACTERS}]`, "g");

/**
 * A text as an XLSX cell carries it: without the characters XML forbids, with line breaks as LF
 * (XML readers turn CR LF into LF anyway), then neutralized. Neutralizing last matters: dropping a
 * control character could otherwise bring an "=" to the front.
 */
export function xlsxText(text: string): string {
  return neutralize(text.replace(/\r\n?/g, "\n").replace(XML_ILLEGAL, ""));
}
