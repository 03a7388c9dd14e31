import { Fragment, useMemo, type ReactNode } from "react";
import { MAX_MARKDOWN_CHARS, looksLikeMarkdown, parseMarkdown, type Block, type Inline } from "@/lib/content/markdown";
import { FoldedText } from "./FoldedText";
import { SafeLink } from "./SafeLink";

function renderInline(nodes: Inline[]): ReactNode {
  return nodes.map((node, index) => {
    switch (node.t) {
      case "text":
        return <Fragment key={index}>{node.v}</Fragment>;
      case "code":
        return (
          <code key={index} className="rounded bg-slate-100 px-1 text-[0.9em] dark:bg-slate-800">
            {node.v}
          </code>
        );
      case "strong":
        return <strong key={index}>{renderInline(node.c)}</strong>;
      case "em":
        return <em key={index}>{renderInline(node.c)}</em>;
      case "link":
        return (
          <SafeLink key={index} href={node.href}>
            {renderInline(node.c)}
          </SafeLink>
        );
    }
  });
}

function renderBlock(block: Block, index: number): ReactNode {
  switch (block.t) {
    case "p":
      return <p key={index} className="whitespace-pre-wrap">{renderInline(block.c)}</p>;
    case "h":
      return <p key={index} className={`font-semibold ${block.level <= 2 ? "text-base" : "text-sm"}`}>{renderInline(block.c)}</p>;
    case "code":
      return (
        <pre key={index} className="overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">
          <FoldedText text={block.v} limit={20_000} lines={200} />
        </pre>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List key={index} className={`ml-5 ${block.ordered ? "list-decimal" : "list-disc"}`}>
          {block.items.map((item, itemIndex) => (
            <li key={itemIndex} className="whitespace-pre-wrap">{renderInline(item)}</li>
          ))}
        </List>
      );
    }
    case "quote":
      return <blockquote key={index} className="border-l-2 border-slate-300 pl-2 whitespace-pre-wrap text-slate-600 dark:text-slate-400">{renderInline(block.c)}</blockquote>;
    case "hr":
      return <hr key={index} className="border-slate-200 dark:border-slate-700" />;
  }
}

/** Text that may be markdown, rendered as React elements only; raw HTML in it stays visible text. */
export function Markdown({ text }: { text: string }) {
  const blocks = useMemo(() => (text.length <= MAX_MARKDOWN_CHARS && looksLikeMarkdown(text) ? parseMarkdown(text) : null), [text]);
  if (!blocks || text.length > 20_000) return <FoldedText text={text} />;
  return <div className="space-y-2">{blocks.map(renderBlock)}</div>;
}
