import fs from "node:fs";
import { COMPILE_HINT } from "../scripts/build-app";
import { expect, test } from "./fixtures";

/**
 * `npm start` builds the app with the compile hint on the chunks every page runs as it starts
 * (scripts/build-app.ts), and the server hands them out as built.
 */
test("the objective page's startup chunks are served marked for eager compilation, its own chunks are not", async ({ request }) => {
  const { rootMainFiles } = JSON.parse(fs.readFileSync(".next/build-manifest.json", "utf8")) as { rootMainFiles: string[] };
  const html = await (await request.get("/en/consultations/gcm/objectives/1")).text();
  const scripts = [...html.matchAll(/<script src="\/_next\/([^"]+)"(?! noModule)/g)].map((match) => match[1]);
  const startup = scripts.filter((file) => rootMainFiles.includes(file));
  const own = scripts.filter((file) => !rootMainFiles.includes(file));
  expect(startup.length, "React DOM, Next's runtime and Turbopack's runtime").toBeGreaterThanOrEqual(3);
  expect(own.length, "the page's own chunks").toBeGreaterThan(0);
  for (const file of startup) expect((await (await request.get(`/_next/${file}`)).text()).startsWith(COMPILE_HINT), file).toBe(true);
  for (const file of own) expect((await (await request.get(`/_next/${file}`)).text()).startsWith(COMPILE_HINT), file).toBe(false);
});
