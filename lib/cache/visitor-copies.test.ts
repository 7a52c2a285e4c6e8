import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { COPY_REQUEST_HEADER, dropVisitorCopies, FRESH_FOR_MS, isCopyFetch, visitorCopy } from "./visitor-copies";

/**
 * The copies are fetched over HTTP from the server itself; here a small real server stands in for
 * the rendered page, counting its renders and able to answer slowly or with an error.
 */
let renders = 0;
let status = 200;
let delay = 0;
let lastToken: string | undefined;
let origin: string;
/** Called as a request arrives, before it is answered. */
let arrived = () => {};
const server = http.createServer((request, response) => {
  lastToken = request.headers[COPY_REQUEST_HEADER] as string | undefined;
  const render = ++renders;
  arrived();
  setTimeout(() => {
    response.writeHead(status, { "content-type": "text/html; charset=utf-8", link: "</style.css>; rel=preload; as=\"style\"", "x-other": "dropped" });
    response.end(`<p>render ${render} of ${request.url}</p>`);
  }, delay);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  dropVisitorCopies();
  arrived = () => {};
  renders = 0;
  status = 200;
  delay = 0;
});

const page = (n: number) => `/en/visitor/consultations/gcm/objectives/${n}`;
const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe("visitor copies", () => {
  it("fetches a page once, marked as the proxy's own fetch, and keeps its own headers only", async () => {
    const copy = (await visitorCopy(page(1), origin))!;
    expect(text(copy.body)).toBe("<p>render 1 of /en/visitor/consultations/gcm/objectives/1</p>");
    expect(copy.headers).toEqual([
      ["content-type", "text/html; charset=utf-8"],
      ["link", '</style.css>; rel=preload; as="style"'],
    ]);
    expect(copy.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(text(gunzipSync(copy.gzipped))).toBe(text(copy.body));
    expect(isCopyFetch(new Headers({ [COPY_REQUEST_HEADER]: lastToken! }))).toBe(true);
    expect(isCopyFetch(new Headers({ [COPY_REQUEST_HEADER]: "guessed" }))).toBe(false);
    expect(isCopyFetch(new Headers())).toBe(false);

    expect(await visitorCopy(page(1), origin)).toBe(copy);
    expect(renders).toBe(1);
  });

  it("fetches once for visitors who arrive together", async () => {
    delay = 50;
    const copies = await Promise.all(Array.from({ length: 20 }, () => visitorCopy(page(2), origin)));
    expect(new Set(copies).size).toBe(1);
    expect(renders).toBe(1);
  });

  it("serves a stale copy at once and puts a new one behind it", async () => {
    const first = (await visitorCopy(page(3), origin))!;
    delay = 50;
    const later = first.renderedAt + FRESH_FOR_MS + 1;
    expect(await visitorCopy(page(3), origin, later)).toBe(first);
    expect(await visitorCopy(page(3), origin, later)).toBe(first);
    // Until the new copy is in, the first one is still served (it is fresh by the clock).
    const second = await vi.waitFor(
      async () => {
        const copy = (await visitorCopy(page(3), origin))!;
        expect(text(copy.body)).toContain("render 2");
        return copy;
      },
      { timeout: 5_000, interval: 20 },
    );
    expect(second.etag).not.toBe(first.etag);
    expect(renders).toBe(2);
  });

  it("drops every copy at once, and a fetch started before the drop does not put its copy back", async () => {
    await visitorCopy(page(4), origin);
    dropVisitorCopies();
    delay = 50;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    const started = visitorCopy(page(4), origin);
    await inFlight;
    dropVisitorCopies();
    expect(text((await started)!.body)).toContain("render 2");
    delay = 0;
    expect(text((await visitorCopy(page(4), origin))!.body)).toContain("render 3");
  });

  it("keeps no error page and answers nothing when the page cannot be fetched", async () => {
    status = 404;
    expect(await visitorCopy(page(5), origin)).toBeUndefined();
    status = 200;
    expect(text((await visitorCopy(page(5), origin))!.body)).toContain("render 2");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await visitorCopy("/en/visitor/x", "http://localhost:9")).toBeUndefined();
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
