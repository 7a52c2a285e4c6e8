import { describe, expect, it } from "vitest";
import { threadPlacement } from "./thread-placement";

describe("threadPlacement", () => {
  it("starts a thread of its own without a parent", () => {
    expect(threadPlacement("a", undefined)).toEqual({ parentId: null, rootId: "a", depth: 0 });
  });

  it("puts a reply in its parent's thread, one level deeper", () => {
    expect(threadPlacement("c", { id: "b", rootId: "a", depth: 1 })).toEqual({ parentId: "b", rootId: "a", depth: 2 });
  });
});
