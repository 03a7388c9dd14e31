// Feedback queries and writes: the annotator session, votes (optimistic, serialized, idempotent)
// and the other human assessments (create, edit, delete, override), plus review mode's data.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { BROWSER_POLICY, isTransient, withRetry } from "@/lib/feedback/retry";
import type { AssessmentInput, AssessmentValue } from "@/lib/feedback/schemas";
import type { Assessment } from "@/lib/types/assessment";
import type { FeedbackSession } from "@/lib/types/feedback";
import type { ReviewTrace } from "@/lib/types/review";
import type { TracePage } from "@/lib/types/trace";
import { annotatorPrompt, overlayStore } from "./feedback-store";
import { ApiError, apiPath, getJson, sendJson } from "./fetcher";

/** Review mode steps through at most this many traces of a filter (one page of the search). */
export const REVIEW_LIMIT = 500;

const feedbackKeys = {
  session: ["feedback", "session"] as const,
  reviewList: (experimentId: string, filter: string, orderBy: string) => ["feedback", "review-list", experimentId, filter, orderBy] as const,
  reviewTrace: (traceId: string) => ["feedback", "review-trace", traceId] as const,
};

export const feedbackQueries = {
  session: () =>
    queryOptions({
      queryKey: feedbackKeys.session,
      queryFn: ({ signal }) => getJson<FeedbackSession>("/api/annotator", signal),
      staleTime: Infinity,
    }),
  reviewList: (experimentId: string, filter: string, orderBy: string) =>
    queryOptions({
      queryKey: feedbackKeys.reviewList(experimentId, filter, orderBy),
      queryFn: ({ signal }) => getJson<TracePage>(apiPath(`/api/experiments/${encodeURIComponent(experimentId)}/traces`, { filter, orderBy, pageSize: REVIEW_LIMIT }), signal),
      staleTime: 60_000,
    }),
  reviewTrace: (traceId: string) =>
    queryOptions({
      queryKey: feedbackKeys.reviewTrace(traceId),
      queryFn: ({ signal }) => getJson<ReviewTrace>(`/api/traces/${encodeURIComponent(traceId)}/review`, signal),
      staleTime: 5 * 60_000,
    }),
};

export function useFeedbackSession() {
  return useQuery(feedbackQueries.session());
}

export function useSetAnnotator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => sendJson<FeedbackSession>("POST", "/api/annotator", { name }),
    onSuccess: (session) => queryClient.setQueryData(feedbackKeys.session, session),
  });
}

/** The annotator's id, asking for a name first when there is none yet; null if the user declines. */
export function useEnsureAnnotator(): () => Promise<string | null> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    // A click can come before the session has loaded: wait for it rather than asking needlessly.
    const session = await queryClient.fetchQuery(feedbackQueries.session()).catch(() => null);
    return session?.annotator?.id ?? annotatorPrompt.ask("Enter your name once; your feedback is recorded under it.");
  }, [queryClient]);
}

export const retryTransient = <T>(send: () => Promise<T>) => withRetry(send, { policy: BROWSER_POLICY, shouldRetry: (error) => error instanceof ApiError && isTransient(error) });

// Votes (thumbs) have their own module, ./votes.

// ---- other human assessments ----

function optimistic(traceId: string, input: AssessmentInput, sourceId: string, id: string): Assessment {
  const now = Date.now();
  return {
    assessmentId: id,
    name: input.name,
    traceId,
    spanId: input.spanId ?? null,
    sourceType: "HUMAN",
    sourceId,
    createTimeMs: now,
    updateTimeMs: now,
    kind: input.kind,
    value: input.value,
    error: null,
    rationale: input.rationale || null,
    metadata: input.range ? { score_min: String(input.range.min), score_max: String(input.range.max) } : {},
    overrides: input.overrides ?? null,
    valid: true,
  };
}

/** Creates a human assessment; give the input a requestKey kept across retries of the same action. */
export function useCreateAssessment(traceId: string) {
  const ensureAnnotator = useEnsureAnnotator();
  return useMutation({
    mutationFn: async (input: AssessmentInput) => {
      const who = await ensureAnnotator();
      if (!who) throw new ApiError(401, "ANNOTATOR_REQUIRED", "Enter your name to record assessments.");
      const tempId = `pending:${input.requestKey ?? Math.random().toString(36).slice(2)}`;
      overlayStore.written(traceId, optimistic(traceId, input, who, tempId));
      try {
        const created = await retryTransient(() => sendJson<Assessment>("POST", `/api/traces/${encodeURIComponent(traceId)}/assessments`, input));
        overlayStore.written(traceId, created, tempId);
        return created;
      } catch (error) {
        overlayStore.restore(traceId, tempId, undefined);
        throw error;
      }
    },
  });
}

export function useUpdateAssessment(traceId: string) {
  return useMutation({
    mutationFn: async ({ assessment, value, rationale }: { assessment: Assessment; value?: AssessmentValue; rationale?: string }) => {
      if (assessment.kind === "unknown") throw new ApiError(400, "BAD_REQUEST", "This assessment is of a kind the dashboard cannot edit.");
      const previous = overlayStore.writtenById(traceId, assessment.assessmentId);
      overlayStore.written(traceId, { ...assessment, value: value ?? assessment.value, rationale: rationale ?? assessment.rationale, updateTimeMs: Date.now() });
      try {
        const updated = await retryTransient(() =>
          sendJson<Assessment>("PATCH", `/api/traces/${encodeURIComponent(traceId)}/assessments/${encodeURIComponent(assessment.assessmentId)}`, { kind: assessment.kind, value, rationale }),
        );
        overlayStore.written(traceId, updated);
        return updated;
      } catch (error) {
        overlayStore.restore(traceId, assessment.assessmentId, previous);
        throw error;
      }
    },
  });
}

export function useDeleteAssessment(traceId: string) {
  return useMutation({
    mutationFn: async (assessment: Assessment) => {
      overlayStore.deleted(traceId, [assessment.assessmentId]);
      try {
        await retryTransient(() => sendJson("DELETE", `/api/traces/${encodeURIComponent(traceId)}/assessments/${encodeURIComponent(assessment.assessmentId)}`));
      } catch (error) {
        // Already gone is what was wanted.
        if (error instanceof ApiError && error.status === 404) return;
        overlayStore.deleted(traceId, [assessment.assessmentId], false);
        throw error;
      }
    },
  });
}
