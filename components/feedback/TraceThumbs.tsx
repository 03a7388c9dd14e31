"use client";

import { useState } from "react";
import { useVote } from "@/lib/queries/votes";
import type { Assessment } from "@/lib/types/assessment";
import { OthersVotes } from "./OthersVotes";
import { ThumbButtons } from "./ThumbButtons";
import { CommentIcon } from "./ThumbIcon";
import { VoteCommentDialog } from "./VoteCommentDialog";
import { VoteError } from "./VoteError";

interface TraceThumbsProps {
  traceId: string;
  /** The trace's assessments as last fetched (TraceSummary.assessments). */
  assessments: Assessment[];
  /** Rate one span of the trace instead of the trace. */
  spanId?: string | null;
  /** For screen readers and the comment dialog, e.g. "span retrieve_docs". Default "trace". */
  subject?: string;
  /** Small, for a table cell. */
  compact?: boolean;
}

/** Thumbs up/down with an optional comment, as the current annotator, on a trace or one of its spans. */
export function TraceThumbs({ traceId, assessments, spanId = null, subject = spanId ? "span" : "trace", compact = false }: TraceThumbsProps) {
  const vote = useVote(traceId, spanId, assessments);
  const [commenting, setCommenting] = useState(false);
  return (
    <span className={`inline-flex items-center gap-1.5 ${compact ? "flex-nowrap whitespace-nowrap" : "flex-wrap"} ${vote.saving ? "animate-pulse" : ""}`} data-testid={spanId ? "span-vote" : "trace-vote"} onClick={(event) => event.stopPropagation()}>
      <ThumbButtons value={vote.value} onToggle={vote.toggle} saving={vote.saving} subject={subject} size={compact ? "sm" : "md"} />
      <button
        type="button"
        onClick={() => setCommenting(true)}
        aria-label={`Comment on your vote for the ${subject}`}
        title={vote.comment ? `Your comment: ${vote.comment}` : "Add a comment"}
        className={`rounded border border-transparent ${compact ? "p-1" : "px-1.5 py-1"} text-sm hover:border-slate-300 dark:hover:border-slate-700 ${vote.comment ? "text-teal-700 dark:text-teal-300" : "text-slate-400"}`}
      >
        <CommentIcon filled={!!vote.comment} />
      </button>
      {/* No visible text while saving: anything inserted here would shift the buttons under the pointer. */}
      {vote.saving && (
        <span role="status" className="sr-only">
          saving your vote
        </span>
      )}
      {!compact && vote.comment && <span className="max-w-xs truncate text-xs text-slate-500 italic">“{vote.comment}”</span>}
      {/* In a table row the assessments column already counts the others' votes. */}
      {!compact && <OthersVotes votes={vote.others} />}
      {vote.error && <VoteError message={vote.error.message} onRetry={vote.error.retry} compact={compact} />}
      {commenting && <VoteCommentDialog subject={subject} initialValue={vote.value} initialComment={vote.comment} onSave={(value, comment) => void vote.vote(value, comment)} onClose={() => setCommenting(false)} />}
    </span>
  );
}
