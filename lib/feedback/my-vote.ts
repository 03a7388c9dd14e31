// Which assessment is "my vote": the thumbs the current annotator gave a trace or one of its spans.
import type { Assessment } from "@/lib/types/assessment";

export interface VoteTarget {
  /** The feedback name votes are recorded under (FEEDBACK_NAME, "user_feedback" by default). */
  name: string;
  /** Null for the trace itself. */
  spanId: string | null;
}

export function isVoteOn(assessment: Assessment, target: VoteTarget): boolean {
  return assessment.kind === "feedback" && assessment.name === target.name && (assessment.spanId ?? null) === target.spanId && typeof assessment.value === "boolean";
}

function newestFirst(a: Assessment, b: Assessment): number {
  return (b.updateTimeMs ?? b.createTimeMs ?? 0) - (a.updateTimeMs ?? a.createTimeMs ?? 0);
}

/** Human votes on the target by `sourceId`, newest first; normally one, more only if written elsewhere. */
export function votesBy(assessments: readonly Assessment[], target: VoteTarget, sourceId: string): Assessment[] {
  return assessments.filter((a) => a.valid && a.sourceType === "HUMAN" && a.sourceId === sourceId && isVoteOn(a, target)).sort(newestFirst);
}

/** The current annotator's vote: the newest valid one, or null. */
export function findMyVote(assessments: readonly Assessment[], target: VoteTarget, annotatorId: string | null): Assessment | null {
  if (!annotatorId) return null;
  return votesBy(assessments, target, annotatorId)[0] ?? null;
}

/** Everyone else's valid human votes on the target, newest first. */
export function othersVotes(assessments: readonly Assessment[], target: VoteTarget, annotatorId: string | null): Assessment[] {
  return assessments.filter((a) => a.valid && a.sourceType === "HUMAN" && a.sourceId !== annotatorId && isVoteOn(a, target)).sort(newestFirst);
}

/** What a click on a thumb means: vote that way, or take the vote back when it is already that way. */
export function nextVote(current: boolean | null, clicked: boolean): boolean | null {
  return current === clicked ? null : clicked;
}

/** One key per vote target and annotator: votes on the same key are serialized and coalesced. */
export function voteKey(traceId: string, target: VoteTarget, annotatorId: string): string {
  return JSON.stringify([traceId, target.spanId, target.name, annotatorId]);
}
