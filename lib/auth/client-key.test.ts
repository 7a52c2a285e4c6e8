import { describe, expect, it } from "vitest";
import { clientKey } from "./client-key";

const headers = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("clientKey", () => {
  it("reads the address added by the trusted proxies, not what the client sent", () => {
    expect(clientKey(headers("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientKey(headers("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientKey(headers("203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("falls back sensibly when there are fewer entries than hops, or none", () => {
    expect(clientKey(headers("203.0.113.7"), 3)).toBe("203.0.113.7");
    expect(clientKey(new Headers({ "x-real-ip": "198.51.100.1" }), 1)).toBe("198.51.100.1");
    expect(clientKey(headers(), 1)).toBe("unknown");
  });
});
