import type { ChatMessage, ChatPart, ChatTool } from "@/lib/content/chat";
import { FoldedText } from "./FoldedText";
import { ImagePreview } from "./ImagePreview";
import { JsonViewer } from "./JsonViewer";
import { Markdown } from "./Markdown";

const ROLE_STYLES: Record<string, string> = {
  system: "border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900",
  user: "border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950",
  assistant: "border-teal-300 bg-teal-50 dark:border-teal-800 dark:bg-teal-950",
  tool: "border-blue-300 bg-blue-50 dark:border-blue-800 dark:bg-blue-950",
};

function Part({ part }: { part: ChatPart }) {
  switch (part.kind) {
    case "text":
      return <Markdown text={part.text} />;
    case "image":
      return <ImagePreview dataUrl={part.dataUrl} url={part.url} />;
    case "tool_call":
      return (
        <div className="rounded border border-blue-200 bg-white p-2 dark:border-blue-900 dark:bg-slate-950" data-testid="chat-tool-call">
          <p className="text-xs font-medium">
            Tool call <span className="font-mono">{part.name}</span>
            {part.id && <span className="ml-1 font-mono text-slate-500">({part.id})</span>}
          </p>
          <JsonViewer value={part.arguments} label={`arguments of ${part.name}`} searchable={false} />
        </div>
      );
    case "tool_result":
      return (
        <div className={`rounded border bg-white p-2 dark:bg-slate-950 ${part.isError ? "border-red-300 dark:border-red-800" : "border-blue-200 dark:border-blue-900"}`} data-testid="chat-tool-result">
          <p className="text-xs font-medium">
            {part.isError ? "Tool error" : "Tool result"}
            {part.toolCallId && <span className="ml-1 font-mono text-slate-500">for {part.toolCallId}</span>}
          </p>
          <ToolResultContent content={part.content} />
        </div>
      );
    case "other":
      return <JsonViewer value={part.value} label="content block" searchable={false} />;
  }
}

function ToolResultContent({ content }: { content: unknown }) {
  if (typeof content === "string") return <FoldedText text={content} className="font-mono text-xs" />;
  if (Array.isArray(content) && content.every((item) => item && typeof item === "object" && "kind" in item)) {
    return (
      <div className="space-y-1">
        {(content as ChatPart[]).map((part, index) => (
          <Part key={index} part={part} />
        ))}
      </div>
    );
  }
  return <JsonViewer value={content} label="tool result" searchable={false} />;
}

/** Chat messages with their roles, text as safe markdown, tool calls and tool results. */
export function ChatMessages({ messages, tools }: { messages: ChatMessage[]; tools: ChatTool[] }) {
  return (
    <div className="space-y-2" data-testid="chat-messages">
      {tools.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-400">{tools.length} tool{tools.length === 1 ? "" : "s"} offered</summary>
          <ul className="mt-1 ml-4 list-disc">
            {tools.map((tool) => (
              <li key={tool.name}>
                <span className="font-mono">{tool.name}</span>
                {tool.description && <span className="text-slate-500"> — {tool.description}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {messages.map((message, index) => (
        <div key={index} className={`rounded border-l-4 p-2 text-sm ${ROLE_STYLES[message.role] ?? ROLE_STYLES.system}`} data-testid="chat-message" data-role={message.role}>
          <p className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {message.role}
            {message.name && <span className="ml-1 font-normal normal-case">({message.name})</span>}
          </p>
          <div className="space-y-2">
            {message.parts.length === 0 ? <span className="text-xs text-slate-400 italic">(no content)</span> : message.parts.map((part, partIndex) => <Part key={partIndex} part={part} />)}
          </div>
        </div>
      ))}
    </div>
  );
}
