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

export function CommentBody({ text }: { text: string }) {
  return (
    <div className="flex flex-col gap-3 break-words [&_li]:mt-1">
      <Markdown
        allowedElements={ALLOWED_ELEMENTS}
        unwrapDisallowed
        remarkPlugins={[htmlAsText]}
        rehypePlugins={[rehypeSanitize]}
        urlTransform={(url, key) => (key === "href" ? safeUrl(url) : undefined)}
        components={components}
      >
        {text}
      </Markdown>
    </div>
  );
}
