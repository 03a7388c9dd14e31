"use client";

import { useState } from "react";
import { formatCount } from "@/lib/format/duration";

/** Messages longer than this are folded until asked for. */
const FOLD_CHARS = 800;

interface ChatBubbleProps {
  role: "user" | "assistant";
  text: string | null;
  /** MLflow shortened the text (its preview) and the full one could not be read. */
  truncated?: boolean;
  /** Shown instead of an empty bubble. */
  emptyLabel: string;
}

/** One message, as plain text (never HTML): the trace's content is untrusted. */
export function ChatBubble({ role, text, truncated = false, emptyLabel }: ChatBubbleProps) {
  const [open, setOpen] = useState(false);
  const isUser = role === "user";
  const long = text !== null && text.length > FOLD_CHARS;
  const shown = text === null ? null : long && !open ? `${text.slice(0, FOLD_CHARS)}…` : text;
  return (
    <div className={`flex ${isUser ? "justify-end" : "justify-start"}`}>
      <div
        data-testid={`${role}-message`}
        className={`max-w-[85%] rounded-2xl px-4 py-2 text-sm ${
          isUser ? "rounded-br-sm bg-teal-50 text-slate-900 dark:bg-teal-950 dark:text-slate-100" : "rounded-bl-sm bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100"
        }`}
      >
        <p className="sr-only">{isUser ? "User:" : "Assistant:"}</p>
        {shown === null ? (
          <p data-testid="message-text" className="text-slate-500 italic dark:text-slate-400">{emptyLabel}</p>
        ) : (
          <p data-testid="message-text" className="break-words whitespace-pre-wrap">{shown}</p>
        )}
        {long && (
          <button type="button" onClick={() => setOpen(!open)} className="mt-1 text-xs font-medium text-teal-700 hover:underline dark:text-teal-400">
            {open ? "Fold" : `Show all (${formatCount(text.length)} characters)`}
          </button>
        )}
        {truncated && <p className="mt-1 text-xs text-amber-700 dark:text-amber-400">Shortened by MLflow; the full text is in the trace.</p>}
      </div>
    </div>
  );
}
