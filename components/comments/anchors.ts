/** The id of the toggle of a thread's replies, where focus goes once they are shown. */
export function repliesToggleId(rootId: string): string {
  return `replies-${rootId}`;
}
