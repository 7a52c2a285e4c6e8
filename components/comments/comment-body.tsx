import type { ReactElement } from "react";
import Markdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/**
 * A comment's text as a small Markdown subset: paragraphs, bold, italic, lists and links. Anything
 * else (headings, images, code, tables) is reduced to its text, and raw HTML is shown as the text
 * that was typed: never interpreted, never lost.
 * Rendered on the server in the thread, and loaded on demand by the composer's preview.
 */

const ALLOWED_ELEMENTS = ["p", "strong", "em", "ul", "ol", "li", "a"];
const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

/** Only absolute http(s) and mailto links survive; anything else loses its link. */
export function safeUrl(url: string): string | undefined {
  const value = url.trim();
  if (!SAFE_PROTOCOL.test(value)) return undefined;
  try {
    const parsed = new URL(value);
    return ["http:", "https:", "mailto:"].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

const BLOCK_CONTAINERS = new Set(["root", "listItem", "blockquote"]);

/** A remark plugin: raw HTML becomes plain text (in a paragraph where it stood as a block). */
function htmlAsText() {
  const visit = (node: MdNode) => {
    node.children = node.children?.map((child) => {
      if (child.type !== "html") return (visit(child), child);
      const text = { type: "text", value: child.value ?? "" };
      return BLOCK_CONTAINERS.has(node.type) ? { type: "paragraph", children: [text] } : text;
    });
  };
  return (tree: MdNode) => visit(tree);
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="nofollow ugc noopener" className="text-brand-800 underline">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  ul: ({ children }) => <ul className="list-disc ps-6">{children}</ul>,
  ol: ({ children }) => <ol className="list-decimal ps-6">{children}</ol>,
};

// Parsing Markdown is the costliest step of rendering a thread (about a millisecond a comment, most of
// a page's time). A text always renders the same, so the rendered tree is kept, keyed by the text
// itself (an edit is a new key), for the most recently shown texts.
const CACHE_SIZE = 1000;
const rendered = new Map<string, ReactElement>();

function renderMarkdown(text: string): ReactElement {
  const cached = rendered.get(text);
  if (cached) {
    rendered.delete(text);
    rendered.set(text, cached);
    return cached;
  }
  const element = Markdown({
    allowedElements: ALLOWED_ELEMENTS,
    unwrapDisallowed: true,
    remarkPlugins: [htmlAsText],
    rehypePlugins: [rehypeSanitize],
    urlTransform: (url, key) => (key === "href" ? safeUrl(url) : undefined),
    components,
    children: text,
  });
  rendered.set(text, element);
  if (rendered.size > CACHE_SIZE) rendered.delete(rendered.keys().next().value!);
  return element;
}

export function CommentBody({ text }: { text: string }) {
  return <div className="comment-text">{renderMarkdown(text)}</div>;
}
