"use client";

import { useState } from "react";
import { formatBytes } from "@/lib/format/duration";

/** Show more in steps so even a 10 MB string never lands in the page at once. */
const STEP_CHARS = 100_000;
/** "Show all" only when the whole text is small enough to lay out quickly. */
const SHOW_ALL_LIMIT = 1_000_000;

/** Where to cut: the first `chars` characters, or fewer when the text has many short lines. */
function foldAt(text: string, chars: number, lines: number): number {
  const cut = Math.min(text.length, chars);
  let newline = -1;
  for (let line = 0; line < lines; line++) {
    newline = text.indexOf("\n", newline + 1);
    if (newline === -1 || newline >= cut) return cut;
  }
  return Math.min(cut, newline);
}

/** A long untrusted string, folded with "show more". Always rendered as text, never as HTML. */
export function FoldedText({ text, limit = 2_000, lines = 30, className = "" }: { text: string; limit?: number; lines?: number; className?: string }) {
  const [shown, setShown] = useState(() => foldAt(text, limit, lines));
  const end = Math.min(shown, text.length);
  const hidden = text.length - end;
  return (
    <span className={`break-words whitespace-pre-wrap ${className}`}>
      {text.slice(0, end)}
      {hidden > 0 && (
        <span className="ml-1 inline-flex flex-wrap items-baseline gap-2 font-sans whitespace-normal">
          <span className="text-slate-400">…</span>
          <button type="button" className="text-xs text-teal-700 hover:underline dark:text-teal-400" onClick={() => setShown(end + STEP_CHARS)}>
            Show more ({formatBytes(hidden)} hidden)
          </button>
          {text.length <= SHOW_ALL_LIMIT && (
            <button type="button" className="text-xs text-teal-700 hover:underline dark:text-teal-400" onClick={() => setShown(text.length)}>
              Show all
            </button>
          )}
        </span>
      )}
    </span>
  );
}
