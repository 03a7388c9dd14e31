"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { traceListHref } from "@/components/sessions/session-links";
import { TracesTable } from "@/components/traces/TracesTable";
import { sessionHref, traceHref, userHref } from "@/components/traces/trace-links";
import { ErrorState } from "@/components/ui/ErrorState";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { formatCount } from "@/lib/format/duration";
import { joinFilters } from "@/lib/filters/serialize";
import { traceListQueries } from "@/lib/queries/trace-list";
import { pinTimeRange, timeRangeClauses, writeTimeRange, type TimeRange } from "@/lib/time/time-range";
import { DEFAULT_COLUMNS, sortLoadedRows } from "@/lib/traces/columns";
import type { TraceListRequest } from "@/lib/traces/list-request";
import { DEFAULT_SORT, serverOrder, sortsLoadedRowsOnly, type SortState } from "@/lib/traces/list-url";

const PAGE_SIZE = 25;
/** Every row is this user's: their column would only repeat the name. */
const COLUMNS = DEFAULT_COLUMNS.filter((id) => id !== "user");

interface UserTracesProps {
  experimentId: string;
  userId: string;
  /** The user's clause (`metadata.`mlflow.trace.user` = …`), null when the id cannot be quoted. */
  userClause: string | null;
  filter: string;
  range: TimeRange;
}

/** The user's latest traces in the trace list's own table, and the way to all of them in the trace list. */
export function UserTraces({ experimentId, userId, userClause, filter, range }: UserTracesProps) {
  const router = useRouter();
  const [pinnedAt] = useState(() => Date.now());
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [selected, setSelected] = useState<string | null>(null);
  const request: TraceListRequest = useMemo(
    () => ({
      baseFilter: joinFilters(userClause, filter, ...timeRangeClauses(pinTimeRange(range, pinnedAt))),
      order: serverOrder(sort),
      pinnedAt,
      cursor: null,
      pageSize: PAGE_SIZE,
      page: 1,
    }),
    [userClause, filter, range, pinnedAt, sort],
  );
  const page = useQuery({ ...traceListQueries.page(experimentId, request), enabled: userClause !== null });
  const total = useQuery({ ...traceListQueries.count(experimentId, request.baseFilter), enabled: userClause !== null });
  const loadedOnly = sortsLoadedRowsOnly(sort);
  const traces = useMemo(() => {
    const rows = page.data?.traces ?? [];
    return loadedOnly ? sortLoadedRows(rows, sort.column, sort.descending) : rows;
  }, [page.data, loadedOnly, sort]);
  const context = useMemo(
    () => ({
      traceHref: (traceId: string) => traceHref(experimentId, traceId, request),
      sessionHref: (sessionId: string) => sessionHref(experimentId, sessionId),
      userHref: (id: string) => userHref(experimentId, id),
    }),
    [experimentId, request],
  );
  const listParams = writeTimeRange(new URLSearchParams(), range);
  listParams.set("filter", joinFilters(userClause, filter));
  const count = total.data ? `${total.data.exact ? "" : "at least "}${formatCount(total.data.count)}` : null;

  if (userClause === null) return <p className="text-sm text-slate-600">This user id cannot be written in MLflow&apos;s filter language (it holds both kinds of quote).</p>;
  return (
    <section className="space-y-2" aria-label={`Traces of ${userId}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold">Traces</h2>
        <Link prefetch={false} href={traceListHref(experimentId, listParams)} data-testid="user-traces-link" className="text-sm text-teal-700 hover:underline dark:text-teal-400">
          {count ? `All ${count} in the trace list →` : "All in the trace list →"}
        </Link>
      </div>
      {page.isError ? (
        <ErrorState title="Could not load this user's traces" message={page.error.message} onRetry={() => void page.refetch()} retrying={page.isFetching} />
      ) : !page.data ? (
        <LoadingRows rows={4} label="Loading the user's traces" />
      ) : (
        <>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            The latest {traces.length}
            {count ? ` of ${count}` : ""} traces; double-click a row to open it.
          </p>
          <TracesTable
            traces={traces}
            stale={page.isPlaceholderData}
            columnIds={COLUMNS}
            sort={sort}
            loadedRowsOnly={loadedOnly}
            onSortChange={setSort}
            selectedId={selected}
            onSelect={setSelected}
            onOpen={(traceId) => router.push(context.traceHref(traceId))}
            context={context}
          />
        </>
      )}
    </section>
  );
}
