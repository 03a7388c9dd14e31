"use client";

import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { SessionsView } from "@/components/sessions/SessionsView";
import { ThumbsTallyText } from "@/components/sessions/ThumbsTallyText";
import { CoverageNote } from "@/components/ui/CoverageNote";
import { ErrorState } from "@/components/ui/ErrorState";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { thumbsUpRatio } from "@/lib/aggregate/users";
import { keyEquals } from "@/lib/filters/group-clauses";
import { formatPercent } from "@/lib/format/figures";
import { formatCount } from "@/lib/format/duration";
import { TRACE_METADATA } from "@/lib/mlflow/keys";
import { userQueries } from "@/lib/queries/users";
import { parseTimeRange } from "@/lib/time/time-range";
import { scopeParams } from "@/lib/url/group-list-search";
import { UserTraces } from "./UserTraces";

function userClauseOf(userId: string): string | null {
  try {
    return keyEquals(TRACE_METADATA.user, "metadata", userId);
  } catch {
    return null;
  }
}

/** One user: figures, their sessions, and a way to their traces. */
export function UserView({ experimentId, userId }: { experimentId: string; userId: string }) {
  const searchParams = useSearchParams();
  const filter = searchParams.get("filter") ?? "";
  const range = useMemo(() => parseTimeRange(searchParams), [searchParams]);
  const scope = scopeParams({ filter, range }).toString();
  const query = useQuery(userQueries.detail(experimentId, userId, scope));
  const summary = query.data;
  const figures: [string, React.ReactNode][] = summary
    ? [
        ["Traces", <span key="t" data-testid="user-trace-count">{summary.traces}</span>],
        ["Sessions", <span key="s" data-testid="user-session-count">{summary.sessions}</span>],
        ["Tokens", formatCount(summary.totalTokens)],
        ["Errors", summary.errors],
        ["First seen", <RelativeTime key="f" ms={summary.firstSeenMs} />],
        ["Last seen", <RelativeTime key="l" ms={summary.lastSeenMs} />],
        ["Thumbs up", <span key="r">{formatPercent(thumbsUpRatio(summary.thumbs))} <ThumbsTallyText thumbs={summary.thumbs} /></span>],
      ]
    : [];
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-xl font-semibold">
            User <span data-testid="user-id">{userId}</span>
          </h1>
        </div>
        {query.isError ? (
          <ErrorState title="Could not load this user's figures" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : summary ? (
          <>
            <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
              {figures.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
                  <dd className="font-medium">{value}</dd>
                </div>
              ))}
            </dl>
            <CoverageNote coverage={summary.coverage} subject="these figures" />
          </>
        ) : (
          <p className="text-sm text-slate-500">Counting…</p>
        )}
      </header>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Sessions</h2>
        <SessionsView experimentId={experimentId} user={userId} />
      </section>
      <UserTraces experimentId={experimentId} userId={userId} userClause={userClauseOf(userId)} filter={filter} range={range} />
    </div>
  );
}
