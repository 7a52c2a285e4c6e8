/**
 * A locale's catalog is split by area of the product (messages/<locale>/<area>.json) so that each
 * area's screens and their wording change together. Each top-level namespace lives in exactly one
 * area file (checked by catalogs.test.ts); the app sees them merged.
 */
export const CATALOG_AREAS = ["common", "moderation", "administration", "management", "secretariat", "exports"] as const;

export type Catalog = { [key: string]: string | Catalog };

export async function loadCatalog(locale: string): Promise<Catalog> {
  const parts = await Promise.all(
    CATALOG_AREAS.map(async (area) => (await import(`../../messages/${locale}/${area}.json`)).default as Catalog),
  );
  return Object.assign({}, ...parts);
}
