"use client";

import { useSyncExternalStore } from "react";
import { ThumbIcon } from "./ThumbIcon";

const noSubscription = () => () => {};

/** False in the server's HTML, true once the page's script runs: a click before that would be lost. */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

interface ThumbButtonsProps {
  /** The current annotator's vote. */
  value: boolean | null;
  onToggle: (clicked: boolean) => void;
  saving?: boolean;
  /** What is being rated, for screen readers: "trace", "span retrieve_docs". */
  subject: string;
  size?: "sm" | "md";
}

/** Thumbs up and down; the pressed one is the current vote, and pressing it again takes the vote back. */
export function ThumbButtons({ value, onToggle, saving = false, subject, size = "md" }: ThumbButtonsProps) {
  const hydrated = useHydrated();
  const pad = size === "sm" ? "p-1" : "px-2 py-1.5";
  const button = (up: boolean) => {
    const pressed = value === up;
    const colour = pressed ? (up ? "border-emerald-500 bg-emerald-50 text-emerald-700 dark:bg-emerald-950 dark:text-emerald-300" : "border-rose-500 bg-rose-50 text-rose-700 dark:bg-rose-950 dark:text-rose-300") : "border-slate-300 text-slate-500 hover:border-slate-400 hover:text-slate-800 dark:border-slate-700 dark:hover:text-slate-200";
    return (
      <button
        type="button"
        aria-pressed={pressed}
        disabled={!hydrated}
        aria-label={`${up ? "Thumbs up" : "Thumbs down"} for the ${subject}`}
        title={pressed ? "Take your vote back" : up ? "Thumbs up" : "Thumbs down"}
        onClick={(event) => {
          event.stopPropagation();
          // A double click is one vote, not a vote and its withdrawal.
          if (event.detail > 1) return;
          onToggle(up);
        }}
        className={`rounded border ${pad} ${colour} disabled:cursor-wait`}
      >
        <ThumbIcon down={!up} filled={pressed} />
      </button>
    );
  };
  return (
    <span className="inline-flex items-center gap-1" data-vote={value === null ? "none" : value ? "up" : "down"} data-saving={saving ? "true" : "false"}>
      {button(true)}
      {button(false)}
    </span>
  );
}
