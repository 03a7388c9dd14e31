import type { RefObject } from "react";
import { OthersVotes } from "@/components/feedback/OthersVotes";
import { ThumbIcon } from "@/components/feedback/ThumbIcon";
import { VoteError } from "@/components/feedback/VoteError";
import { MAX_RATIONALE } from "@/lib/feedback/schemas";
import type { Assessment } from "@/lib/types/assessment";

interface ReviewVotePanelProps {
  value: boolean | null;
  savedComment: string | null;
  draft: string;
  onDraftChange: (draft: string) => void;
  onVote: (up: boolean) => void;
  onSaveComment: () => void;
  saving: boolean;
  error: { message?: string; retry?: () => void } | null;
  others: Assessment[];
  commentRef: RefObject<HTMLTextAreaElement | null>;
}

/** The reviewer's verdict on the trace on screen: thumbs (which move on) and a comment. */
export function ReviewVotePanel({ value, savedComment, draft, onDraftChange, onVote, onSaveComment, saving, error, others, commentRef }: ReviewVotePanelProps) {
  const button = (up: boolean) => (
    <button
      type="button"
      onClick={(event) => {
        // The second click of a double click would land on the next trace's button.
        if (event.detail <= 1) onVote(up);
      }}
      aria-pressed={value === up}
      aria-label={up ? "Thumbs up and next" : "Thumbs down and next"}
      className={`flex items-center gap-2 rounded-lg border px-4 py-2 text-sm font-medium ${value === up ? (up ? "border-emerald-500 bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200" : "border-rose-500 bg-rose-50 text-rose-800 dark:bg-rose-950 dark:text-rose-200") : "border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"}`}
    >
      <ThumbIcon down={!up} filled={value === up} />
      {up ? "Good" : "Bad"}
      <kbd className="rounded border border-slate-300 px-1 text-xs text-slate-500 dark:border-slate-600">{up ? "u" : "d"}</kbd>
    </button>
  );
  return (
    <div className="space-y-2" data-testid="review-vote" data-vote={value === null ? "none" : value ? "up" : "down"}>
      <div className="flex flex-wrap items-center gap-2">
        {button(true)}
        {button(false)}
        {saving && (
          <span role="status" className="text-xs text-slate-400">
            saving…
          </span>
        )}
        <OthersVotes votes={others} />
      </div>
      {error && <VoteError message={error.message} onRetry={error.retry} />}
      <label className="block text-sm">
        <span className="mb-1 flex items-baseline justify-between text-xs text-slate-500">
          <span>
            Comment <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">c</kbd> · sent with your vote; <kbd>Esc</kbd> leaves the box, <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves it to your vote
          </span>
        </span>
        <textarea
          ref={commentRef}
          value={draft}
          onChange={(event) => onDraftChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") event.currentTarget.blur();
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              onSaveComment();
            }
          }}
          maxLength={MAX_RATIONALE}
          rows={2}
          placeholder={savedComment ? `Your comment: ${savedComment}` : "Why? (optional)"}
          className="w-full rounded border border-slate-300 p-2 dark:border-slate-700 dark:bg-slate-950"
        />
      </label>
      {savedComment && <p className="text-xs text-slate-500 italic">Saved comment: “{savedComment}”</p>}
    </div>
  );
}
