"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Fragment, useCallback, useMemo } from "react";
import { CoverageNote } from "@/components/ui/CoverageNote";
import { ErrorState } from "@/components/ui/ErrorState";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { keyEquals } from "@/lib/filters/group-clauses";
import { TRACE_METADATA } from "@/lib/mlflow/keys";
import { ApiError } from "@/lib/queries/fetcher";
import { sessionQueries } from "@/lib/queries/sessions";
import { TRACE_VIEW_PARAMS } from "@/lib/url/trace-view";
import { AnnotatorNameForm } from "./AnnotatorNameForm";
import { IdleGapMarker } from "./IdleGapMarker";
import { SessionHeader } from "./SessionHeader";
import { traceListHref } from "./session-links";
import { TurnItem } from "./TurnItem";
import { TurnPanel } from "./TurnPanel";
import { useTurnKeys } from "./useTurnKeys";
import { useVoting } from "./useVoting";

function sessionTracesHref(experimentId: string, sessionId: string): string {
  try {
    return traceListHref(experimentId, new URLSearchParams({ filter: keyEquals(TRACE_METADATA.session, "metadata", sessionId) }));
  } catch {
    return traceListHref(experimentId, new URLSearchParams());
  }
}

/** One session as a conversation; the selected turn (`?turn=<trace id>`) opens beside it. */
export function ConversationView({ experimentId, sessionId }: { experimentId: string; sessionId: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = useQuery(sessionQueries.detail(experimentId, sessionId));
  const detail = query.data;
  const selectedId = searchParams.get("turn");
  const voting = useVoting(experimentId, sessionId, detail?.annotator ?? null);
  const select = useCallback(
    (traceId: string | null) => {
      const params = new URLSearchParams(searchParams);
      // Another turn opens its trace fresh: the embedded trace view's own state goes.
      for (const key of TRACE_VIEW_PARAMS) params.delete(key);
      if (traceId) params.set("turn", traceId);
      else params.delete("turn");
      router.replace(params.size ? `${pathname}?${params}` : pathname, { scroll: false });
    },
    [router, pathname, searchParams],
  );
  const turnIds = useMemo(() => detail?.turns.map((turn) => turn.traceId) ?? [], [detail]);
  useTurnKeys(turnIds, selectedId, select);

  if (query.isError) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="space-y-3">
        <ErrorState title={missing ? "No such session" : "Could not load the session"} message={query.error.message} onRetry={missing ? undefined : () => void query.refetch()} retrying={query.isFetching} />
        <Link prefetch={false} href={`/experiments/${encodeURIComponent(experimentId)}/sessions`} className="text-sm text-teal-700 hover:underline dark:text-teal-400">
          ← All sessions
        </Link>
      </div>
    );
  }
  if (!detail) return <LoadingRows label="Loading the conversation" />;
  const selected = detail.turns.find((turn) => turn.traceId === selectedId) ?? null;
  const lastTraceId = detail.turns.at(-1)?.traceId;

  return (
    <div className="space-y-4">
      <SessionHeader
        experimentId={experimentId}
        detail={detail}
        tracesHref={sessionTracesHref(experimentId, sessionId)}
        votePending={voting.pendingTraceId !== null}
        onVote={(value, replaces) => lastTraceId && voting.vote({ traceId: lastTraceId, value, replaces, sessionId })}
      />
      <CoverageNote coverage={detail.summary.coverage} subject="the turns shown" />
      {detail.turnsOmitted > 0 && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          This page shows the first {detail.turns.length} turns; {detail.turnsOmitted} later turns are in the trace list.
        </p>
      )}
      {voting.askName && <AnnotatorNameForm onSaved={voting.nameSaved} />}
      {voting.error && <ErrorState title="Your feedback was not saved" message={voting.error.message} />}
      <div className={selected ? "grid items-start gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]" : ""}>
        <ol className="space-y-3" aria-label="Conversation">
          {detail.turns.map((turn) => (
            <Fragment key={turn.traceId}>
              {turn.idleBeforeMs !== null && (
                <li>
                  <IdleGapMarker ms={turn.idleBeforeMs} />
                </li>
              )}
              <li>
                <TurnItem
                  turn={turn}
                  selected={turn.traceId === selectedId}
                  annotator={detail.annotator}
                  votePending={voting.pendingTraceId === turn.traceId}
                  onSelect={() => select(turn.traceId)}
                  onVote={(value, replaces) => voting.vote({ traceId: turn.traceId, value, replaces })}
                />
              </li>
            </Fragment>
          ))}
        </ol>
        {selected && (
          <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
            <TurnPanel experimentId={experimentId} turn={selected} turnCount={detail.turns.length} onClose={() => select(null)} />
          </div>
        )}
      </div>
    </div>
  );
}
