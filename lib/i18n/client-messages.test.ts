import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalog } from "./catalog-files";
import { CLIENT_NAMESPACES, namespacesFor, pickMessages } from "./client-messages";

const ROOT = path.resolve(__dirname, "../..");
/** Folders whose pages sit under a staff-area layout (app/[locale]/admin, …/moderation, …) or only serve them. */
const STAFF = [
  /^app\/\[locale\]\/\(site\)\/admin\//,
  /^app\/\[locale\]\/\(site\)\/consultations\/\[slug\]\/(moderation|secretariat|staff|audit)\//,
  /^components\/(admin|moderation|management|synthesis|dashboard|compilation|exports)\//,
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return [`${base}.tsx`, `${base}.ts`, `${base}/index.ts`].find((candidate) => fs.existsSync(path.join(ROOT, candidate)));
}

/** Every module that runs in the browser: "use client" files and whatever they import from the project. */
function clientModules(): string[] {
  const files = ["app", "components", "lib"].flatMap(sourceFiles);
  const pending = files.filter((file) => /^["']use client["']/m.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
  const seen = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(path.join(ROOT, file), "utf8");
    for (const [, specifier] of source.matchAll(/^import(?!\s+type)[^;]*?from\s+["']([^"']+)["']/gms)) {
      const target = resolveImport(file, specifier);
      if (target) pending.push(target);
    }
  }
  return [...seen].sort();
}

describe("messages sent to the browser", () => {
  const modules = clientModules();

  it("finds the client components", () => {
    expect(modules).toContain("components/comments/composer.tsx");
    expect(modules).toContain("components/moderation/decision-controls.tsx");
  });

  for (const file of modules) {
    const used = [...fs.readFileSync(path.join(ROOT, file), "utf8").matchAll(/useTranslations\(\s*["']([\w.]+)["']\s*\)/g)].map((m) => m[1].split(".")[0]);
    if (used.length === 0) continue;
    const scope = STAFF.some((pattern) => pattern.test(file)) ? "staff" : "site";
    it(`${file} reads only namespaces sent to ${scope} pages`, () => {
      for (const namespace of used) expect(namespacesFor(scope), namespace).toContain(namespace);
    });
  }

  it("lists namespaces that exist, each once", () => {
    const catalog = readCatalog("en");
    const all = [...CLIENT_NAMESPACES.site, ...CLIENT_NAMESPACES.staff];
    expect(new Set(all).size).toBe(all.length);
    for (const namespace of all) expect(catalog, namespace).toHaveProperty(namespace);
  });

  it("picks those namespaces and nothing else", () => {
    const catalog = readCatalog("en");
    const site = pickMessages(catalog, "site");
    expect(Object.keys(site).sort()).toEqual([...CLIENT_NAMESPACES.site].sort());
    expect(site.comments).toEqual(catalog.comments);
    expect(JSON.stringify(site).length).toBeLessThan(JSON.stringify(catalog).length / 2);
  });
});
