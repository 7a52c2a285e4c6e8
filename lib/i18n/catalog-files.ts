import fs from "node:fs";
import path from "node:path";
import { CATALOG_AREAS, type Catalog } from "./catalog";

/** Reads the catalog files straight from disk, for tests and tools that run outside the app. */
export function readCatalogAreas(locale: string): Record<(typeof CATALOG_AREAS)[number], Catalog> {
  const dir = path.join(import.meta.dirname, "../../messages", locale);
  return Object.fromEntries(
    CATALOG_AREAS.map((area) => [area, JSON.parse(fs.readFileSync(path.join(dir, `${area}.json`), "utf8")) as Catalog]),
  ) as Record<(typeof CATALOG_AREAS)[number], Catalog>;
}

/** The merged catalog of a locale, as the app sees it. */
export function readCatalog(locale: string): Catalog {
  return Object.assign({}, ...Object.values(readCatalogAreas(locale)));
}
