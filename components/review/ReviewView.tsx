"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { nextUnreviewed, reviewProgress } from "@/lib/feedback/review-progress";
import { reviewActionFor, step } from "@/lib/feedback/review-keys";
import { parseReviewSearch, reviewHref } from "@/lib/feedback/review-url";
import { REVIEW_LIMIT, feedbackQueries, useEnsureAnnotator, useFeedbackSession } from "@/lib/queries/feedback";
import { useOverlaidTraces } from "@/lib/queries/feedback-store";
import { submitVote, useVote } from "@/lib/queries/votes";
import { DEFAULT_FEEDBACK_NAME } from "@/lib/feedback/settings";
import type { Assessment } from "@/lib/types/assessment";
import type { TraceSummary } from "@/lib/types/trace";
import { ReviewFilterBar } from "./ReviewFilterBar";
import { ReviewKeyLegend } from "./ReviewKeyLegend";
import { ReviewProgressBar } from "./ReviewProgressBar";
import { ReviewTraceDetails } from "./ReviewTraceDetails";
import { ReviewVotePanel } from "./ReviewVotePanel";

const NO_TRACES: TraceSummary[] = [];
const NO_ASSESSMENTS: Assessment[] = [];

/** Review mode: the traces of a filter one by one, voted on with the keyboard; progress from the server. */
export function ReviewView({ experimentId }: { experimentId: string }) {
  const search = parseReviewSearch(useSearchParams());
  const router = useRouter();
  const queryClient = useQueryClient();
  const list = useQuery(feedbackQueries.reviewList(experimentId, search.filter, search.orderBy));
  const traces = useOverlaidTraces(list.data?.traces ?? NO_TRACES);
  const ensureAnnotator = useEnsureAnnotator();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [showKeys, setShowKeys] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);

  const { data: session } = useFeedbackSession();
  const name = session?.feedbackName ?? DEFAULT_FEEDBACK_NAME;
  const annotatorId = session?.annotator?.id ?? null;
  const progress = reviewProgress(traces, name, annotatorId);
  const found = search.traceId ? traces.findIndex((trace) => trace.traceId === search.traceId) : -1;
  // Without a trace in the URL, start at the first one you have not voted on.
  const index = found >= 0 ? found : traces.length ? (nextUnreviewed(traces, -1, name, annotatorId) ?? 0) : -1;
  const shown = traces[index];
  const vote = useVote(shown?.traceId ?? "", null, shown?.assessments ?? NO_ASSESSMENTS);

  const go = (to: number) => {
    const trace = traces[to];
    if (!trace) return;
    router.replace(reviewHref(experimentId, { ...search, traceId: trace.traceId }), { scroll: false });
    const after = traces[to + 1];
    if (after) void queryClient.prefetchQuery(feedbackQueries.reviewTrace(after.traceId));
  };
  const draft = shown ? (drafts[shown.traceId] ?? "") : "";
  const castVote = async (up: boolean) => {
    if (!shown) return;
    const who = await ensureAnnotator();
    if (!who) return;
    void submitVote(shown.traceId, { name, spanId: null }, who, { value: up, comment: draft.trim() || undefined });
    if (index < traces.length - 1) go(index + 1);
  };
  const saveComment = () => {
    if (!shown || vote.value === null || !annotatorId) return;
    void submitVote(shown.traceId, { name, spanId: null }, annotatorId, { value: vote.value, comment: draft.trim() });
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (document.querySelector('dialog[open], [role="dialog"]')) return;
    const action = reviewActionFor({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, targetTag: target.tagName, targetEditable: target.isContentEditable });
    if (!action || !shown) return;
    event.preventDefault();
    if (action === "up" || action === "down") void castVote(action === "up");
    else if (action === "next" || action === "previous") go(step(index, action === "next" ? 1 : -1, traces.length));
    else if (action === "comment") commentRef.current?.focus();
    else setShowKeys((open) => !open);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const filterBar = <ReviewFilterBar key={search.filter} filter={search.filter} onCommit={(filter) => router.push(reviewHref(experimentId, { filter, orderBy: search.orderBy }))} />;
  if (list.error) return <div className="space-y-4">{filterBar}<ErrorState title="The traces to review could not be loaded" message={list.error.message} onRetry={() => void list.refetch()} retrying={list.isFetching} /></div>;
  if (!list.data) return <div className="space-y-4">{filterBar}<LoadingRows label="Loading the traces to review" /></div>;
  if (!shown) return <div className="space-y-4">{filterBar}<EmptyState title="No traces match this filter">Change the filter above, or review all traces with an empty one.</EmptyState></div>;

  return (
    <div className="space-y-4" data-testid="review" data-trace-id={shown.traceId}>
      {filterBar}
      <ReviewProgressBar progress={progress} position={index} />
      {list.data.nextPageToken && <p className="text-xs text-amber-700">Reviewing the first {REVIEW_LIMIT} traces of this filter; narrow it to see the rest.</p>}
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 pb-3 dark:border-slate-800">
        <div className="min-w-0 text-sm">
          <p className="font-medium">
            {shown.name ?? "trace"} <span className="font-mono text-xs text-slate-500">{shown.traceId}</span>
          </p>
          <p className="text-xs text-slate-500">
            <RelativeTime ms={shown.requestTimeMs} />
            {shown.user && ` · user ${shown.user}`}
            {shown.session && ` · session ${shown.session}`}
            {shown.state === "ERROR" && <span className="font-medium text-rose-700"> · error</span>} ·{" "}
            <Link prefetch={false} href={`/experiments/${encodeURIComponent(experimentId)}/traces/${encodeURIComponent(shown.traceId)}`} className="underline">
              open trace
            </Link>
          </p>
        </div>
        <div className="flex gap-2">
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0} className="rounded border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-40 dark:border-slate-700">
            ← Back
          </button>
          <button type="button" onClick={() => go(index + 1)} disabled={index >= traces.length - 1} className="rounded border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-40 dark:border-slate-700">
            Skip →
          </button>
        </div>
      </div>
      <ReviewVotePanel
        key={`vote-${shown.traceId}`}
        value={vote.value}
        savedComment={vote.comment}
        draft={draft}
        onDraftChange={(text) => setDrafts((all) => ({ ...all, [shown.traceId]: text }))}
        onVote={(up) => void castVote(up)}
        onSaveComment={saveComment}
        saving={vote.saving}
        error={vote.error}
        others={vote.others}
        commentRef={commentRef}
      />
      {(showKeys || index === 0) && <ReviewKeyLegend />}
      <ReviewTraceDetails key={`details-${shown.traceId}`} traceId={shown.traceId} assessments={shown.assessments} />
    </div>
  );
}
