import http from "node:http";

/**
 * The production server (`npm start` runs it): Next's request handler, behind the visitors' copies of
 * objective pages, which are answered before Next sees the request (lib/cache/visitor-front.ts): Next
 * spends more on handing on any answer than the copy costs to send.
 */
async function main() {
  // As `next start` does: Next and React choose their production code by NODE_ENV as they load.
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  const port = Number(process.env.PORT ?? 3000);
  const app = next({ dev: false, hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Loaded once Next has set up its server: next/server, which the front uses, needs that first.
  const { visitorFront } = await import("./lib/cache/visitor-front");
  const front = visitorFront(`http://localhost:${port}`);
  const server = http.createServer((request, response) => {
    const answered = front(request, response);
    // Almost every answer from a copy is decided at once: no promise to wait for then.
    if (answered === false) void handle(request, response);
    else if (answered !== true) void answered.then((done) => (done ? undefined : handle(request, response)));
  });
  server.listen(port, () => console.log(`Ready on http://localhost:${port}`));

  // As `next start` stops: finish the requests in flight, then Next's own cleanup, then exit as signalled.
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      server.close(() => void app.close().finally(() => process.exit(code)));
      server.closeIdleConnections();
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
