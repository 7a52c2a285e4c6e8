import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentBody } from "./comment-body";

const render = (text: string) => renderToStaticMarkup(createElement(CommentBody, { text }));

describe("CommentBody", () => {
  it("renders the Markdown subset", () => {
    const html = render("**bold** and *italic*\n\n- one\n- two\n\n[site](https://example.org)");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>italic</em>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<a href="https://example.org/" rel="nofollow ugc noopener"');
  });

  it("shows raw HTML as the text that was typed, never as markup", () => {
    for (const payload of ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "<svg onload=alert(1)>"]) {
      const html = render(payload);
      expect(html).not.toMatch(/<(script|img|svg)/);
      expect(html).toContain(payload.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;"));
    }
    expect(render("Write to <the consular office> first")).toContain("Write to &lt;the consular office&gt; first");
  });

  it("drops unsafe link targets but keeps the words", () => {
    const html = render("[click](javascript:alert(1)) and <a href=\"javascript:alert(1)\">x</a>");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain("click");
  });

  it("renders a text the same every time, and an edited text anew", () => {
    expect(render("**kept** text")).toBe(render("**kept** text"));
    expect(render("**kept** text, edited")).toContain("<strong>kept</strong> text, edited");
  });
});
