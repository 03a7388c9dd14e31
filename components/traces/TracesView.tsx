"use client";

import { replaceEqualDeep, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { reviewHref } from "@/lib/feedback/review-url";
import { EMPTY_VOCABULARY } from "@/lib/filters/fields";
import { ApiError } from "@/lib/queries/fetcher";
import { exportUrl, traceListQueries } from "@/lib/queries/trace-list";
import { COLUMNS_COOKIE, DEFAULT_COLUMNS, encodeColumns, sortLoadedRows } from "@/lib/traces/columns";
import { canHaveNewTraces, newTracesFilter, sentFilter, traceListRequest } from "@/lib/traces/list-request";
import { type SortState, serverOrder, sortsLoadedRowsOnly } from "@/lib/traces/list-url";
import { OMITTED_METADATA } from "@/lib/traces/list-row";
import { keepRowsInPlace } from "@/lib/traces/refresh";
import type { TraceListPage } from "@/lib/types/trace-list";
import { ColumnChooser } from "./ColumnChooser";
import { ExportMenu } from "./ExportMenu";
import { ListStatus } from "./ListStatus";
import { Pager } from "./Pager";
import { QuickFilters } from "./QuickFilters";
import { SentFilter } from "./SentFilter";
import { TimeRangePicker } from "./TimeRangePicker";
import { TraceFilterBar } from "./TraceFilterBar";
import { TracesTable } from "./TracesTable";
import { sessionHref, traceHref, userHref } from "./trace-links";
import { useListKeyboard } from "./useListKeyboard";
import { useListTotal } from "./useListTotal";
import { usePrefetchNextPage } from "./usePrefetchNextPage";
import { useSearchCommit } from "./useSearchCommit";
import { useTraceListUrl } from "./useTraceListUrl";

interface TracesViewProps {
  experimentId: string;
  /** The first page as the server rendered it, for the URL it rendered. */
  initialPage: TraceListPage | null;
  /** The reader's saved column choice (cookie), used when the URL names none. */
  savedColumns: string[] | null;
}

/** The trace list of one experiment: the URL holds the view; one page query, its count, new traces. */
export function TracesView({ experimentId, initialPage, savedColumns }: TracesViewProps) {
  const router = useRouter();
  const { state, navigate } = useTraceListUrl();
  const [fallbackPin] = useState(() => Date.now());
  const request = useMemo(() => traceListRequest(state, state.pinnedAt ?? fallbackPin), [state, fallbackPin]);
  const [firstRequest] = useState(request);
  const search = useSearchCommit(experimentId, state, navigate);
  const [draft, setDraft] = useState({ base: state.filter, text: state.filter });
  const draftText = draft.base === state.filter ? draft.text : state.filter;
  const inputRef = useRef<HTMLInputElement>(null);

  const page = useQuery({
    ...traceListQueries.page(experimentId, request),
    initialData: request === firstRequest && initialPage ? initialPage : undefined,
    refetchInterval: (query) => (query.state.status === "error" ? 5_000 : state.refreshSeconds ? state.refreshSeconds * 1000 : false),
    // replaceEqualDeep keeps the same object when nothing changed, or the observer would never settle.
    structuralSharing: (previous, fresh) => replaceEqualDeep(previous, keepRowsInPlace(previous as TraceListPage | undefined, fresh as TraceListPage)),
  });
  usePrefetchNextPage(experimentId, request, page.data?.nextCursor);
  // The count waits for the rows: sent alongside them it would slow what the reader waits for.
  const rowsShown = page.isSuccess && !page.isPlaceholderData;
  const rows = page.data?.traces.length ?? 0;
  const first = (request.page - 1) * request.pageSize + 1;
  const hasMore = Boolean(page.data?.nextCursor);
  const { total, countOnRequest } = useListTotal(experimentId, request.baseFilter, rowsShown, first + rows - 1, hasMore);
  const newTraces = useQuery({
    ...traceListQueries.count(experimentId, newTracesFilter(state, request.pinnedAt)),
    enabled: canHaveNewTraces(state, request.pinnedAt) && rowsShown,
    refetchInterval: (state.refreshSeconds ?? 30) * 1000,
  });
  const vocabulary = useQuery(traceListQueries.vocabulary(experimentId)).data ?? EMPTY_VOCABULARY;

  const columnIds = state.columns ?? savedColumns ?? DEFAULT_COLUMNS;
  const loadedRowsOnly = sortsLoadedRowsOnly(state.sort);
  const traces = useMemo(() => {
    const rows = page.data?.traces ?? [];
    return loadedRowsOnly ? sortLoadedRows(rows, state.sort.column, state.sort.descending) : rows;
  }, [page.data, loadedRowsOnly, state.sort]);
  const linkTo = useMemo(
    () => ({
      traceHref: (traceId: string) => traceHref(experimentId, traceId, request),
      sessionHref: (sessionId: string) => sessionHref(experimentId, sessionId),
      userHref: (userId: string) => userHref(experimentId, userId),
    }),
    [experimentId, request],
  );
  // The highlight follows at once; the URL (replaced, not pushed) a moment later.
  const [selection, setSelection] = useState({ base: state.selected, id: state.selected });
  const selectedId = selection.base === state.selected ? selection.id : state.selected;
  const select = useCallback(
    (traceId: string) => {
      setSelection({ base: state.selected, id: traceId });
      navigate({ ...state, selected: traceId }, "replace");
    },
    [navigate, state],
  );
  const open = useCallback((traceId: string) => router.push(linkTo.traceHref(traceId)), [router, linkTo]);
  const rowIds = useMemo(() => traces.map((trace) => trace.traceId), [traces]);
  useListKeyboard({ inputRef, rowIds, selectedId, onSelect: select, onOpen: open });

  const commitFilter = (text: string, force = false) => {
    setDraft({ base: state.filter, text });
    void search.commit({ filter: text }, { force });
  };
  const changeSort = (sort: SortState) => {
    if (serverOrder(sort) !== request.order) void search.commit({ sort });
    else navigate({ ...state, sort }, "replace");
  };
  const changeColumns = (ids: string[]) => {
    document.cookie = `${COLUMNS_COOKIE}=${encodeURIComponent(encodeColumns(ids))}; path=/; max-age=31536000; samesite=lax`;
    navigate({ ...state, columns: ids }, "replace");
  };

  const turnPage = (after: string[]) => {
    navigate({ ...state, after, selected: null });
    document.querySelector('[aria-label="Trace list"]')?.scrollIntoView({ block: "start" });
  };
  const rejectedFilter = page.error instanceof ApiError && page.error.status === 400 ? page.error.message : null;
  const problem = search.rejected && search.rejected.filter === draftText ? search.rejected : rejectedFilter ? { message: rejectedFilter, rejected: true } : null;

  return (
    <section className="space-y-3" aria-label="Trace list">
      <TraceFilterBar
        committed={state.filter}
        draft={draftText}
        onDraftChange={(text) => setDraft({ base: state.filter, text })}
        onCommit={commitFilter}
        vocabulary={vocabulary}
        serverError={problem}
        pending={search.pending}
        inputRef={inputRef}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <QuickFilters filter={draftText} vocabulary={vocabulary} onChange={(text) => commitFilter(text)} />
        <TimeRangePicker key={JSON.stringify(state.range)} range={state.range} onChange={(range) => void search.commit({ range })} />
      </div>
      <SentFilter filter={sentFilter(request)} page={request.page} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ListStatus
          loading={page.isPlaceholderData}
          first={first}
          last={first + rows - 1}
          hasMore={hasMore}
          total={total}
          countOnRequest={countOnRequest}
          newTraces={newTraces.data}
          onShowNew={() => void search.commit({})}
          refreshSeconds={state.refreshSeconds}
          onRefreshChange={(seconds) => navigate({ ...state, refreshSeconds: seconds }, "replace")}
        />
        <div className="flex items-center gap-3">
          <ColumnChooser visible={columnIds} tagKeys={vocabulary.tagKeys} metadataKeys={vocabulary.metadataKeys.filter((key) => !OMITTED_METADATA.has(key))} onChange={changeColumns} />
          <ExportMenu urlFor={(format) => exportUrl(experimentId, request, format)} />
          <Link prefetch={false} href={reviewHref(experimentId, { filter: request.baseFilter, orderBy: request.order })} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            Review these
          </Link>
        </div>
      </div>
      {loadedRowsOnly && (
        <p className="text-xs text-amber-800 dark:text-amber-300">Sorted within the {rows} rows of this page only; the pages themselves follow MLflow&apos;s order (newest first).</p>
      )}
      {page.isError && !rejectedFilter ? (
        <ErrorState title="Could not load the traces" message={`${page.error.message}\nThe list keeps retrying and recovers by itself when the server answers again.`} onRetry={() => void page.refetch()} retrying={page.isFetching} />
      ) : page.isPending ? (
        <LoadingRows rows={10} label="Loading traces" />
      ) : rows === 0 ? (
        <EmptyState title={state.filter || state.range.kind !== "all" ? "No traces match this search" : "No traces in this experiment yet"}>
          {(state.filter || state.range.kind !== "all") && (
            <>
              No trace matches <code className="font-mono">{sentFilter(request)}</code>.{" "}
              <button type="button" className="font-medium text-teal-700 underline dark:text-teal-400" onClick={() => void search.commit({ filter: "", range: { kind: "all" } })}>
                Clear the filter
              </button>
            </>
          )}
        </EmptyState>
      ) : (
        <TracesTable traces={traces} stale={page.isPlaceholderData} columnIds={columnIds} sort={state.sort} loadedRowsOnly={loadedRowsOnly} onSortChange={changeSort} selectedId={selectedId} onSelect={select} onOpen={open} context={linkTo} />
      )}
      <Pager
        page={request.page}
        hasPrevious={request.page > 1}
        hasNext={Boolean(page.data?.nextCursor)}
        pageSize={request.pageSize}
        onPrevious={() => turnPage(state.after.slice(0, -1))}
        onNext={() => page.data?.nextCursor && turnPage([...state.after, page.data.nextCursor])}
        onFirst={() => turnPage([])}
        onPageSizeChange={(pageSize) => void search.commit({ pageSize })}
      />
    </section>
  );
}
