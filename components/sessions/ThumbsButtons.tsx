"use client";

import { ThumbIcon } from "@/components/ui/ThumbIcon";

interface ThumbsButtonsProps {
  /** What the vote is on, for screen readers: "turn 3", "the whole session". */
  target: string;
  up: number;
  down: number;
  /** The viewer's own current vote. */
  mine: boolean | null;
  pending: boolean;
  onVote: (value: boolean) => void;
}

/** Thumbs up/down with their counts; the viewer's vote is pressed. */
export function ThumbsButtons({ target, up, down, mine, pending, onVote }: ThumbsButtonsProps) {
  const button = (value: boolean, count: number) => (
    <button
      type="button"
      aria-label={`Thumbs ${value ? "up" : "down"} on ${target}`}
      aria-pressed={mine === value}
      disabled={pending}
      onClick={(event) => {
        event.stopPropagation();
        if (mine !== value) onVote(value);
      }}
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs disabled:opacity-60 ${
        mine === value
          ? value
            ? "border-teal-600 bg-teal-50 dark:bg-teal-950"
            : "border-red-600 bg-red-50 dark:bg-red-950"
          : "border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      }`}
    >
      <ThumbIcon down={!value} /> {count}
    </button>
  );
  return (
    <span className="inline-flex items-center gap-1">
      {button(true, up)}
      {button(false, down)}
    </span>
  );
}
