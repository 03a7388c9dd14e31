import type { Annotator } from "@/lib/feedback/annotator";
import type { Assessment } from "./assessment";

/** What the page needs to know to annotate: who you are, and how votes are named. */
export interface FeedbackSession {
  annotator: Annotator | null;
  /** The trusted header naming the annotator, when the deployment sets one (the name is then fixed). */
  trustedHeader: string | null;
  /** The feedback name thumbs are recorded under. */
  feedbackName: string;
}

/** The answer to PUT /api/traces/{id}/vote. */
export interface VoteResult {
  /** The vote as stored; null when it was taken back. */
  assessment: Assessment | null;
  /** Ids of the votes deleted by taking it back. */
  removed: string[];
}
