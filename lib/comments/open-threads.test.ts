import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_OPEN_THREADS, openThreadsOf, withOpenThread } from "./open-threads";

describe("the opened threads of a page (?replies=)", () => {
  const ids = Array.from({ length: MAX_OPEN_THREADS + 5 }, () => randomUUID());

  it("reads only thread ids, once each, and keeps the latest ones", () => {
    expect(openThreadsOf(undefined)).toEqual([]);
    expect(openThreadsOf(`${ids[0]},not-an-id,,${ids[1]},${ids[0]}`)).toEqual([ids[0], ids[1]]);
    expect(openThreadsOf(ids.join(","))).toEqual(ids.slice(-MAX_OPEN_THREADS));
  });

  it("opens one more thread at the end, moving it there if it was open", () => {
    expect(withOpenThread(null, ids[0])).toBe(ids[0]);
    expect(withOpenThread(`${ids[0]},${ids[1]}`, ids[0])).toBe(`${ids[1]},${ids[0]}`);
    const full = withOpenThread(ids.slice(0, MAX_OPEN_THREADS).join(","), ids[MAX_OPEN_THREADS]);
    expect(full.split(",")).toEqual(ids.slice(1, MAX_OPEN_THREADS + 1));
  });
});
