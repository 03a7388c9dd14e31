"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ListToolbar } from "@/components/filters/ListToolbar";
import { ApiError } from "@/lib/queries/fetcher";
import { useListUrl } from "@/components/sessions/useListUrl";
import { CoverageNote } from "@/components/ui/CoverageNote";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { useSummaryBatches } from "@/lib/queries/summary-batches";
import { userQueries } from "@/lib/queries/users";
import { USER_SORTS, type UserListRow } from "@/lib/types/session";
import { PAGE_STEP, scopeParams } from "@/lib/url/group-list-search";
import { UsersTable } from "./UsersTable";

/** The users of an experiment, most recently seen first; figures fill in as they arrive. */
export function UsersView({ experimentId }: { experimentId: string }) {
  const { search, update } = useListUrl(USER_SORTS, "lastSeen");
  const list = useQuery({ ...userQueries.list(experimentId, search), placeholderData: keepPreviousData });
  const data = list.data;
  const rejected = list.error instanceof ApiError && list.error.status === 400 ? list.error.message : null;
  const needSummaries = !!data && !data.complete;
  const scope = scopeParams(search).toString();
  const summaries = useSummaryBatches(
    needSummaries ? data.rows.map((row) => row.userId) : [],
    (batch) => userQueries.summaryBatch(experimentId, scope, batch),
    (summary) => summary.userId,
    needSummaries,
  );
  const rows: UserListRow[] = (data?.rows ?? []).map((row) => (row.summary ? row : { ...row, summary: summaries.byId.get(row.userId) ?? null }));
  const cappedRow = rows.find((row) => row.summary?.coverage.capped)?.summary?.coverage;

  return (
    <section className="space-y-4" aria-label="Users" aria-busy={list.isFetching}>
      <ListToolbar
        experimentId={experimentId}
        value={search}
        idLabel="user id"
        rejectedFilter={rejected}
        pending={list.isFetching}
        onChange={update}
      />
      <p className="text-xs text-slate-500 dark:text-slate-400">
        A user is the <code>mlflow.trace.user</code> of a trace. Figures count that user&apos;s traces matching the filter and time range.
      </p>
      {data && <CoverageNote coverage={data.coverage} subject="the users listed and their order" />}
      {cappedRow && <CoverageNote coverage={cappedRow} subject="the figures of some users" />}
      {rejected ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">Change the filter to see the users.</p>
      ) : list.isError ? (
        <ErrorState title="Could not load the users" message={list.error.message} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : !data ? (
        <LoadingRows label="Loading users" />
      ) : rows.length === 0 ? (
        <EmptyState title={search.q || search.filter ? "No user matches" : "No users in this time range"}>
          Traces name their user through the <code>mlflow.trace.user</code> metadata.
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="users-count">
            {data.hasMore ? `The first ${rows.length} users` : `${rows.length} ${rows.length === 1 ? "user" : "users"}`}
            {list.isFetching && " · updating…"}
          </p>
          {summaries.error && <ErrorState title="Some figures could not be computed" message={summaries.error.message} onRetry={summaries.refetch} />}
          <UsersTable experimentId={experimentId} rows={rows} sorting={{ sort: search.sort, dir: search.dir }} onSortingChange={(next) => update({ sort: next.sort, dir: next.dir })} />
          {data.hasMore && (
            <button
              type="button"
              onClick={() => update({ ...search, limit: search.limit + PAGE_STEP })}
              className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              Show {PAGE_STEP} more users
            </button>
          )}
        </>
      )}
    </section>
  );
}
