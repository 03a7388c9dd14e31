"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ListToolbar } from "@/components/filters/ListToolbar";
import { ApiError } from "@/lib/queries/fetcher";
import { CoverageNote } from "@/components/ui/CoverageNote";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { sessionQueries, summaryScope } from "@/lib/queries/sessions";
import { useSummaryBatches } from "@/lib/queries/summary-batches";
import { SESSION_SORTS, type SessionListRow } from "@/lib/types/session";
import { PAGE_STEP } from "@/lib/url/group-list-search";
import { SessionsTable } from "./SessionsTable";
import { useListUrl } from "./useListUrl";

interface SessionsViewProps {
  experimentId: string;
  /** On a user's page: only that user's sessions. */
  user?: string;
}

/** The sessions of an experiment: newest first from a short scan, figures filled in as they arrive. */
export function SessionsView({ experimentId, user }: SessionsViewProps) {
  const { search: urlSearch, update } = useListUrl(SESSION_SORTS, "lastActivity");
  const search = { ...urlSearch, user };
  const list = useQuery({ ...sessionQueries.list(experimentId, search), placeholderData: keepPreviousData });
  const data = list.data;
  const rejected = list.error instanceof ApiError && list.error.status === 400 ? list.error.message : null;
  const needSummaries = !!data && !data.complete;
  const scope = summaryScope(search);
  const summaries = useSummaryBatches(
    needSummaries ? data.rows.map((row) => row.sessionId) : [],
    (batch) => sessionQueries.summaryBatch(experimentId, scope, batch),
    (summary) => summary.sessionId,
    needSummaries,
  );
  const rows: SessionListRow[] = (data?.rows ?? []).map((row) => (row.summary ? row : { ...row, summary: summaries.byId.get(row.sessionId) ?? null }));
  const cappedRow = rows.find((row) => row.summary?.coverage.capped)?.summary?.coverage;

  return (
    <section className="space-y-4" aria-label={user ? `Sessions of ${user}` : "Sessions"} aria-busy={list.isFetching}>
      <ListToolbar
        experimentId={experimentId}
        value={search}
        idLabel="session id"
        rejectedFilter={rejected}
        pending={list.isFetching}
        onChange={update}
      />
      <p className="text-xs text-slate-500 dark:text-slate-400">
        A session is the <code>mlflow.trace.session</code> of a trace (metadata, or a tag of that name). Figures count the traces that match the filter and
        time range; open a session to see all of its turns.
      </p>
      {data && <CoverageNote coverage={data.coverage} subject="the sessions listed and their order" />}
      {cappedRow && <CoverageNote coverage={cappedRow} subject="the figures of some sessions" />}
      {rejected ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">Change the filter to see the sessions.</p>
      ) : list.isError ? (
        <ErrorState title="Could not load the sessions" message={list.error.message} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : !data ? (
        <LoadingRows label="Loading sessions" />
      ) : rows.length === 0 ? (
        <EmptyState title={search.q || search.filter ? "No session matches" : "No sessions in this time range"}>
          Traces join a session through the <code>mlflow.trace.session</code> metadata (e.g. <code>mlflow.update_current_trace(metadata=…)</code>).
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="sessions-count">
            {data.hasMore ? `The ${rows.length} ${search.sort === "lastActivity" ? "most recent" : "first"} sessions` : `${rows.length} ${rows.length === 1 ? "session" : "sessions"}`}
            {list.isFetching && " · updating…"}
          </p>
          {summaries.error && (
            <ErrorState title="Some figures could not be computed" message={summaries.error.message} onRetry={summaries.refetch} />
          )}
          <SessionsTable
            experimentId={experimentId}
            rows={rows}
            sorting={{ sort: search.sort, dir: search.dir }}
            onSortingChange={(next) => update({ sort: next.sort, dir: next.dir })}
          />
          {data.hasMore && (
            <button
              type="button"
              onClick={() => update({ ...search, limit: search.limit + PAGE_STEP })}
              className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              Show {PAGE_STEP} more sessions
            </button>
          )}
        </>
      )}
    </section>
  );
}
