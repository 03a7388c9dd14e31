"use client";

import { useMemo } from "react";
import { chatViewOf } from "@/lib/content/chat";
import { documentsOf } from "@/lib/content/documents";
import { ChatMessages } from "./ChatMessages";
import { FoldedText } from "./FoldedText";
import { JsonViewer } from "./JsonViewer";
import { Markdown } from "./Markdown";
import { RetrievedDocuments } from "./RetrievedDocuments";

const CHAT_KEYS = new Set(["messages", "system", "tools", "choices"]);

function restOf(value: unknown): Record<string, unknown> | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !CHAT_KEYS.has(key)));
  return Object.keys(rest).length > 0 ? rest : null;
}

/** A span's inputs or outputs, rendered by what they are; `raw` shows the JSON text instead. */
export function ContentView({ value, label, raw }: { value: unknown; label: string; raw: boolean }) {
  const chat = useMemo(() => (raw ? null : chatViewOf(value)), [value, raw]);
  const documents = useMemo(() => (raw || chat ? null : documentsOf(value)), [value, raw, chat]);
  const rawText = useMemo(() => (raw ? (typeof value === "string" ? value : JSON.stringify(value, null, 2) ?? "null") : ""), [value, raw]);

  if (value === null || value === undefined) return <p className="text-sm text-slate-500 italic">none</p>;
  if (raw) {
    return (
      <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-900" data-testid="raw-content">
        <FoldedText text={rawText} limit={20_000} lines={400} />
      </pre>
    );
  }
  if (chat) {
    const rest = restOf(value);
    return (
      <div className="space-y-2">
        <ChatMessages messages={chat.messages} tools={chat.tools} />
        {rest && (
          <details className="text-xs">
            <summary className="cursor-pointer text-slate-500">other fields ({Object.keys(rest).join(", ")})</summary>
            <JsonViewer value={rest} label={`other fields of ${label}`} />
          </details>
        )}
      </div>
    );
  }
  if (documents) return <RetrievedDocuments documents={documents} />;
  if (typeof value === "string") return <div className="text-sm"><Markdown text={value} /></div>;
  return <JsonViewer value={value} label={label} />;
}
