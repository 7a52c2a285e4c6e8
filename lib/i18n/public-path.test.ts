import { describe, expect, it } from "vitest";
import { publicPath } from "./public-path";

describe("publicPath", () => {
  it("names the page a cached visitor copy stands for", () => {
    expect(publicPath("/visitor/consultations/gcm/objectives/2")).toBe("/consultations/gcm/objectives/2");
    expect(publicPath("/ar/visitor/consultations/gcm/objectives/2")).toBe("/ar/consultations/gcm/objectives/2");
  });

  it("leaves other paths alone", () => {
    expect(publicPath("/en/consultations/visitor/objectives/2")).toBe("/en/consultations/visitor/objectives/2");
    expect(publicPath("/en/visitors")).toBe("/en/visitors");
    expect(publicPath("/")).toBe("/");
  });
});
