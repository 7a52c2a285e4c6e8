import { ExternalHyperlink, Paragraph, TextRun, type ParagraphChild } from "docx";
import type { PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { safeUrl } from "@/components/comments/comment-body";

/** How a run of text is written: its emphasis, and whether it reads right to left. */
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  rightToLeft: boolean;
}

export interface MarkdownDocxOptions {
  rightToLeft: boolean;
  /** Indent the paragraphs, as a quotation. */
  indent?: boolean;
}

function runs(nodes: PhrasingContent[], style: RunStyle): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case "text":
      case "inlineCode":
      case "html":
        return [new TextRun({ text: node.value, ...style })];
      case "strong":
        return runs(node.children, { ...style, bold: true });
      case "emphasis":
        return runs(node.children, { ...style, italics: true });
      case "delete":
        return runs(node.children, style);
      case "break":
        return [new TextRun({ text: "", break: 1, ...style })];
      case "link": {
        const url = safeUrl(node.url);
        const children = runs(node.children, style);
        return url ? [new ExternalHyperlink({ link: url, children: children as TextRun[] })] : children;
      }
      case "image":
        return node.alt ? [new TextRun({ text: node.alt, ...style })] : [];
      default:
        return "children" in node ? runs(node.children as PhrasingContent[], style) : [];
    }
  });
}

function blocks(nodes: RootContent[], options: MarkdownDocxOptions, level = 0): Paragraph[] {
  const style: RunStyle = { rightToLeft: options.rightToLeft };
  const paragraph = (children: ParagraphChild[], extra: { bullet?: { level: number } } = {}) =>
    new Paragraph({
      children,
      bidirectional: options.rightToLeft,
      indent: options.indent ? { start: 720 } : undefined,
      spacing: { after: 120 },
      ...extra,
    });
  return nodes.flatMap((node): Paragraph[] => {
    switch (node.type) {
      case "paragraph":
      case "heading":
        return [paragraph(runs(node.children, node.type === "heading" ? { ...style, bold: true } : style))];
      case "list":
        return node.children.flatMap((item, index) =>
          item.children.flatMap((child, childIndex) => {
            if (child.type !== "paragraph" || childIndex > 0) return blocks([child], options, level + 1);
            if (!node.ordered) return [paragraph(runs(child.children, style), { bullet: { level } })];
            const number = new TextRun({ text: `${(node.start ?? 1) + index}. `, ...style });
            return [paragraph([number, ...runs(child.children, style)])];
          }),
        );
      case "blockquote":
        return blocks(node.children, options, level);
      case "code":
      case "html":
        return node.value.split("\n").map((line) => paragraph([new TextRun({ text: line, ...style })]));
      default:
        return [];
    }
  });
}

/**
 * A comment or a synthesis, written in the Markdown subset of the site, as Word paragraphs: bold,
 * italic, lists and safe links keep their meaning; anything else keeps its words. Raw HTML stays
 * the text that was typed, as on the site.
 */
export function markdownParagraphs(text: string, options: MarkdownDocxOptions): Paragraph[] {
  return blocks(fromMarkdown(text).children, options);
}
