/** A comment's place in its thread, as far as a new comment under it needs to know. */
export interface ThreadPlace {
  id: string;
  rootId: string;
  depth: number;
}

/**
 * Where a new comment goes, as the comments table's checks require: under its parent, in the
 * parent's thread, one level deeper; without a parent, it starts a thread of its own.
 */
export function threadPlacement(id: string, parent: ThreadPlace | undefined) {
  return { parentId: parent?.id ?? null, rootId: parent?.rootId ?? id, depth: parent ? parent.depth + 1 : 0 };
}
