import { describe, expect, it } from "vitest";
import { readAhead, type Range } from "./ranges";

const ranges: Range[] = [1, 2, 3, 4, 5].map((n) => ({ objectiveId: `o${n}` }));

/** A fetch that answers when told to, and records what was asked. */
function controlledFetch() {
  const asked: string[] = [];
  const answers = new Map<string, (value: string) => void>();
  const failures = new Map<string, (error: Error) => void>();
  const fetch = (range: Range) =>
    new Promise<string>((resolve, reject) => {
      asked.push(range.objectiveId);
      answers.set(range.objectiveId, resolve);
      failures.set(range.objectiveId, reject);
    });
  return { asked, fetch, answer: (id: string) => answers.get(id)!(`rows of ${id}`), fail: (id: string) => failures.get(id)!(new Error(`lost ${id}`)) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("readAhead", () => {
  it("yields the batches in order, whatever order they arrive in, with two in flight", async () => {
    const { asked, fetch, answer } = controlledFetch();
    const batches = readAhead(ranges, fetch);
    expect(asked).toEqual([]);
    const first = batches.next();
    await tick();
    expect(asked).toEqual(["o1", "o2"]);
    answer("o2");
    answer("o1");
    expect(await first).toEqual({ value: "rows of o1", done: false });
    const rest: string[] = [];
    const reading = (async () => {
      for await (const batch of batches) rest.push(batch);
    })();
    for (const id of ["o3", "o4", "o5"]) {
      await tick();
      answer(id);
    }
    await reading;
    expect(rest).toEqual(["rows of o2", "rows of o3", "rows of o4", "rows of o5"]);
    expect(asked).toEqual(["o1", "o2", "o3", "o4", "o5"]);
  });

  it("asks for nothing more once the consumer stops, and a failure ahead of it goes unreported", async () => {
    const { asked, fetch, answer, fail } = controlledFetch();
    const batches = readAhead(ranges, fetch);
    const first = batches.next();
    await tick();
    answer("o1");
    await first;
    await batches.return(undefined);
    fail("o2");
    await tick();
    expect(asked).toEqual(["o1", "o2"]);
  });

  it("throws a batch's failure when its turn comes", async () => {
    const { fetch, answer, fail } = controlledFetch();
    const batches = readAhead(ranges, fetch);
    const first = batches.next();
    await tick();
    fail("o2");
    answer("o1");
    await first;
    await expect(batches.next()).rejects.toThrow("lost o2");
  });
});
