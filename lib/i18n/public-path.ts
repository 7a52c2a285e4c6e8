/**
 * The path a reader asked for. The visitors' cached copies of pages render under /visitor (proxy.ts
 * rewrites to them) while the browser shows the page's own URL: links built from the path name that.
 */
export function publicPath(pathname: string): string {
  return pathname.replace(/^(\/[a-z]{2})?\/visitor(?=\/|$)/, "$1");
}
