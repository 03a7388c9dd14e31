// Votes (thumbs up/down): optimistic, serialized per vote, idempotent on the server, never lost.
import { useCallback, useMemo } from "react";
import { LatestIntentQueue } from "@/lib/feedback/latest-intent-queue";
import { findMyVote, nextVote, othersVotes, voteKey, type VoteTarget } from "@/lib/feedback/my-vote";
import { DEFAULT_FEEDBACK_NAME } from "@/lib/feedback/settings";
import type { Assessment } from "@/lib/types/assessment";
import type { VoteResult } from "@/lib/types/feedback";
import { retryTransient, useEnsureAnnotator, useFeedbackSession } from "./feedback";
import { annotatorPrompt, overlayStore, useTraceAssessments, useVoteStatus, voteStatusStore } from "./feedback-store";
import { ApiError, sendJson } from "./fetcher";

interface VoteIntent {
  traceId: string;
  spanId: string | null;
  value: boolean | null;
  comment?: string;
}

const voteQueue = new LatestIntentQueue<VoteIntent, VoteResult>((_key, intent) =>
  retryTransient(() =>
    sendJson<VoteResult>("PUT", `/api/traces/${encodeURIComponent(intent.traceId)}/vote`, { value: intent.value, comment: intent.comment, spanId: intent.spanId ?? undefined }, { keepalive: true }),
  ),
);
const latestSubmission = new Map<string, number>();
let submissions = 0;

/**
 * Shows the vote at once and sends it; later clicks on the same vote wait for (and collapse behind)
 * the one in flight. If the server refuses, the vote rolls back and the failure stays visible with
 * a retry. Module-level, so a vote keeps going when its component unmounts (review mode moves on).
 */
export function submitVote(traceId: string, target: VoteTarget, annotatorId: string, intent: { value: boolean | null; comment?: string }): Promise<void> {
  const key = voteKey(traceId, target, annotatorId);
  const submission = ++submissions;
  latestSubmission.set(key, submission);
  overlayStore.pendingVote(traceId, key, { target, sourceId: annotatorId, value: intent.value, comment: intent.comment, atMs: Date.now() });
  voteStatusStore.set(key, { state: "saving", traceId });
  return voteQueue.submit(key, { traceId, spanId: target.spanId, ...intent }).then(
    (result) => {
      if (result.assessment) overlayStore.written(traceId, result.assessment);
      if (result.removed.length > 0) overlayStore.deleted(traceId, result.removed);
      if (latestSubmission.get(key) !== submission) return;
      overlayStore.pendingVote(traceId, key, null);
      voteStatusStore.set(key, null);
    },
    (error: unknown) => {
      if (latestSubmission.get(key) !== submission) return;
      overlayStore.pendingVote(traceId, key, null);
      const message = error instanceof Error ? error.message : "The vote could not be saved.";
      // Without an identity (an expired cookie, a missing sign-in header) a retry asks for the name first.
      const retry =
        error instanceof ApiError && error.code === "ANNOTATOR_REQUIRED"
          ? () =>
              void annotatorPrompt.ask(message).then((who) => {
                if (!who) return;
                voteStatusStore.set(key, null);
                void submitVote(traceId, target, who, intent);
              })
          : () => void submitVote(traceId, target, annotatorId, intent);
      voteStatusStore.set(key, { state: "failed", traceId, message, retry });
    },
  );
}

/** Thumbs on a trace (spanId null) or a span: the current annotator's vote, everyone else's, and actions. */
export function useVote(traceId: string, spanId: string | null, serverAssessments: readonly Assessment[]) {
  const { data: session } = useFeedbackSession();
  const annotatorId = session?.annotator?.id ?? null;
  const name = session?.feedbackName ?? DEFAULT_FEEDBACK_NAME;
  const target = useMemo(() => ({ name, spanId }), [name, spanId]);
  const assessments = useTraceAssessments(traceId, serverAssessments);
  const mine = findMyVote(assessments, target, annotatorId);
  const status = useVoteStatus(annotatorId ? voteKey(traceId, target, annotatorId) : null);
  const ensureAnnotator = useEnsureAnnotator();
  const vote = useCallback(
    async (value: boolean | null, comment?: string) => {
      const who = await ensureAnnotator();
      if (who) await submitVote(traceId, target, who, { value, comment });
    },
    [ensureAnnotator, traceId, target],
  );
  const current = typeof mine?.value === "boolean" ? mine.value : null;
  return {
    value: current,
    comment: mine?.rationale ?? null,
    mine,
    others: othersVotes(assessments, target, annotatorId),
    saving: status?.state === "saving",
    error: status?.state === "failed" ? status : null,
    vote,
    /** A click on a thumb: vote that way, or take the vote back. */
    toggle: (clicked: boolean) => vote(nextVote(current, clicked)),
    annotatorId,
    name,
  };
}
