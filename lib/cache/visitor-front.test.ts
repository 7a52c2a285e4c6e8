import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dropVisitorCopies } from "./visitor-copies";
import { visitorFront } from "./visitor-front";

/**
 * The front as the server runs it, over real HTTP: a small server stands in for the pages the copies
 * are made from (objective 2 exists, others answer 404), and every request the front leaves alone is
 * answered "by Next" (a marker header) as the server hands it on.
 */
const PAGE = "<!DOCTYPE html><p>Objective 2, as a visitor sees it.</p>";
const pages = { origin: "", fetches: 0, server: http.createServer() };
pages.server.on("request", (request: http.IncomingMessage, response: http.ServerResponse) => {
  pages.fetches++;
  const found = request.url === "/en/visitor/consultations/gcm/objectives/2";
  response.writeHead(found ? 200 : 404, { "content-type": "text/html; charset=utf-8", link: '</style.css>; rel=preload; as="style"' });
  response.end(found ? PAGE : "not found");
});

let front: ReturnType<typeof visitorFront>;
const site = {
  origin: "",
  server: http.createServer((request, response) => {
    const answered = front(request, response);
    const toNext = () => response.writeHead(200, { "x-answered-by": "next" }).end("rendered by Next");
    if (answered === false) toNext();
    else if (answered !== true) void answered.then((done) => done || toNext());
  }),
};

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  pages.origin = await listen(pages.server);
  site.origin = await listen(site.server);
  front = visitorFront(pages.origin);
});
afterAll(async () => {
  for (const server of [pages.server, site.server]) await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  dropVisitorCopies();
  pages.fetches = 0;
});

/** A request as a browser sends it, bytes as they come (no decompression). */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request(`${site.origin}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject)
      .end();
  });
}

const OBJECTIVE = "/en/consultations/gcm/objectives/2";

describe("the visitors' front", () => {
  it("answers a visitor's objective page from its copy, with the language headers and what every answer carries", async () => {
    const first = await get(OBJECTIVE);
    expect(first.status).toBe(200);
    expect(first.body.toString()).toBe(PAGE);
    expect(first.headers["x-answered-by"]).toBeUndefined();
    expect(first.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(first.headers["content-length"]).toBe(String(Buffer.byteLength(PAGE)));
    expect(first.headers["x-frame-options"]).toBe("DENY");
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    expect(first.headers.link).toContain('</style.css>; rel=preload; as="style"');
    expect(first.headers.link).toContain(`<${site.origin}/fr/consultations/gcm/objectives/2>; rel="alternate"; hreflang="fr"`);
    expect(first.headers["set-cookie"]).toEqual([expect.stringMatching(/^NEXT_LOCALE=en;/)]);
    expect(first.headers["cache-control"]).toBe("private, no-cache");
    expect(first.headers.vary).toContain("Accept-Encoding");
    expect(Number(first.headers.age)).toBeGreaterThanOrEqual(0);
    expect(first.headers.etag).toMatch(/^W\/"/);

    const returning = await get(OBJECTIVE, { cookie: "NEXT_LOCALE=en; theme=dark" });
    expect(returning.body.toString()).toBe(PAGE);
    expect(returning.headers["set-cookie"]).toBeUndefined();
    expect(returning.headers.etag).toBe(first.headers.etag);
    expect(pages.fetches).toBe(1);
  });

  it("sends the copy gzipped to a browser that asks, 304 to one that has it, and headers only to HEAD", async () => {
    const gzipped = await get(OBJECTIVE, { "accept-encoding": "gzip, deflate, br" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString()).toBe(PAGE);

    for (const refused of ["identity", "gzip;q=0, identity", "br", "gzip;q=0, *"]) {
      const plain = await get(OBJECTIVE, { "accept-encoding": refused });
      expect(plain.headers["content-encoding"], refused).toBeUndefined();
      expect(plain.body.toString()).toBe(PAGE);
    }
    expect((await get(OBJECTIVE, { "accept-encoding": "br;q=1, *;q=0.5" })).headers["content-encoding"]).toBe("gzip");

    const revalidated = await get(OBJECTIVE, { "if-none-match": gzipped.headers.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect((await get(OBJECTIVE, { "if-none-match": `W/"older", ${gzipped.headers.etag}` })).status).toBe(304);
    expect((await get(OBJECTIVE, { "if-none-match": 'W/"older"' })).status).toBe(200);

    const head = await get(OBJECTIVE, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(String(Buffer.byteLength(PAGE)));
    expect(head.body.length).toBe(0);
  });

  it("leaves to Next whatever a copy cannot answer", async () => {
    const toNext: [string, Record<string, string>?, string?][] = [
      [OBJECTIVE, { cookie: "authjs.session-token=anything" }],
      [OBJECTIVE, { cookie: "theme=dark; __Secure-authjs.session-token.0=part" }],
      [`${OBJECTIVE}?sort=oldest`],
      [OBJECTIVE, { rsc: "1" }],
      [OBJECTIVE, { "next-action": "abc" }, "POST"],
      [OBJECTIVE, {}, "POST"],
      ["/xx/consultations/gcm/objectives/2"],
      ["/en/consultations/gcm"],
      ["/en/consultations/gcm/objectives/2/extra"],
    ];
    for (const [path, headers, method] of toNext) {
      const response = await get(path, headers, method);
      expect(response.headers["x-answered-by"], `${method ?? "GET"} ${path} ${JSON.stringify(headers ?? {})}`).toBe("next");
    }
    expect(pages.fetches).toBe(0);

    // No copy can be had of a page that answers an error: Next renders it for the request.
    const missing = await get("/en/consultations/gcm/objectives/404");
    expect(missing.headers["x-answered-by"]).toBe("next");
    expect(pages.fetches).toBe(1);
  });
});
