/**
 * A comment's Markdown as plain text, for excerpts and search snippets: link targets, block marks
 * (headings, quotes, list bullets) and emphasis marks are dropped; the words stay.
 */
export function stripMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/(\*\*|__|\*|`+|~~)/g, "");
}

/** The first `length` characters of a comment as one line of plain text, cut at a word boundary. */
export function excerpt(body: string, length = 200): string {
  const text = stripMarkdown(body).replace(/\s+/g, " ").trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
