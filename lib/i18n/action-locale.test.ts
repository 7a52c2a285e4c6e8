import { describe, expect, it } from "vitest";
import { actionLocale } from "./action-locale";

const headers = (values: Record<string, string>) => new Headers(values);

describe("actionLocale", () => {
  it("is the language of the page that called the action", () => {
    expect(actionLocale(headers({ referer: "https://consult.example.org/fr/consultations/gcm/objectives/2?sort=oldest" }))).toBe("fr");
    expect(actionLocale(headers({ referer: "http://localhost:3000/ar/account", cookie: "NEXT_LOCALE=fr" }))).toBe("ar");
  });

  it("falls back on the language cookie when the page names no language, or none was sent", () => {
    expect(actionLocale(headers({ referer: "http://localhost:3000/", cookie: "NEXT_LOCALE=ar" }))).toBe("ar");
    expect(actionLocale(headers({ cookie: "theme=dark; NEXT_LOCALE=fr" }))).toBe("fr");
    expect(actionLocale(headers({ referer: "not a url", cookie: "NEXT_LOCALE=fr" }))).toBe("fr");
  });

  it("names no language it does not have", () => {
    expect(actionLocale(headers({ referer: "http://localhost:3000/xx/account", cookie: "NEXT_LOCALE=de" }))).toBeUndefined();
    expect(actionLocale(headers({}))).toBeUndefined();
  });
});
