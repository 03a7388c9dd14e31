"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useRef, useState } from "react";
import { assignColors } from "@/components/charts/series-colors";
import { useVocabularyOnFocus } from "@/components/filters/useVocabularyOnFocus";
import { TraceFilterBar } from "@/components/traces/TraceFilterBar";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { drillClause, traceListHref } from "@/lib/aggregate/drilldown";
import { SEARCH_FALLBACK_CAP } from "@/lib/aggregate/from-traces";
import { bucketLabel } from "@/lib/aggregate/window";
import { formatDuration, formatPeriod } from "@/lib/format/units";
import { experimentQueries } from "@/lib/queries/experiments";
import { overviewQueries } from "@/lib/queries/overview";
import { describeTimeRange } from "@/lib/time/time-range";
import type { OverviewData, Period } from "@/lib/types/overview";
import { parseOverviewSearch, toOverviewParams, type OverviewSearch } from "@/lib/url/overview-search";
import { BreakdownPanel } from "./BreakdownPanel";
import { FilterNotice } from "./FilterNotice";
import { ModelTokensPanel } from "./ModelTokensPanel";
import { OverviewCharts } from "./OverviewCharts";
import { OverviewToolbar } from "./OverviewToolbar";
import { SummaryCards } from "./SummaryCards";

function thumbsClause(data: OverviewData): string | null {
  const thumbs = data.feedbackNames.find((name) => name.searchValues?.positive === "true");
  return thumbs ? drillClause.feedback(thumbs.name, "true") : null;
}

/** The overview screen: the URL holds the view; three requests fill it; every figure links to its traces. */
export function OverviewView({ experimentId }: { experimentId: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = parseOverviewSearch(useSearchParams());
  const overview = useQuery(overviewQueries.data(experimentId, search));
  const breakdown = useQuery(overviewQueries.breakdown(experimentId, search));
  const models = useQuery(overviewQueries.models(experimentId, search));
  const experiment = useQuery(experimentQueries.detail(experimentId));
  // The trace list's filter box, vocabulary and checks; the draft is kept until the URL's filter changes.
  const { vocabulary, onFocus: wantVocabulary } = useVocabularyOnFocus(experimentId);
  const [draft, setDraft] = useState({ base: search.filter, text: search.filter });
  const draftText = draft.base === search.filter ? draft.text : search.filter;
  const filterInput = useRef<HTMLInputElement>(null);

  const update = (patch: Partial<OverviewSearch>) => {
    const params = toOverviewParams({ ...search, ...patch });
    router.replace(params.size ? `${pathname}?${params}` : pathname, { scroll: false });
  };
  const href = (period: Period, clause: string | null) => traceListHref(experimentId, period, search.filter, clause);
  const open = (period: Period, clause: string | null) => router.push(href(period, clause));
  const data = overview.data;
  const fileBase = `${(experiment.data?.name ?? `experiment-${experimentId}`).replace(/[^\w.-]+/g, "_")}-overview`;
  const colors = assignColors([...(data?.models ?? []), ...(data?.feedbackNames.map((name) => name.name) ?? [])]);
  const traces = data?.rows.reduce((sum, row) => sum + row.traces, 0) ?? 0;

  return (
    <section
      className="space-y-4"
      data-testid="overview"
      data-state={overview.isFetching ? "loading" : "ready"}
      // Every panel's data is in (or failed): the benchmark's "charts page complete" marker.
      data-complete={!overview.isPending && !overview.isFetching && !breakdown.isFetching && !models.isFetching}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">Overview</h1>
        {data && (
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="overview-window">
            {describeTimeRange(search.range)}: {formatPeriod(data.window.startMs, data.window.endMs)} · buckets of {bucketLabel(data.window.bucket)}
          </p>
        )}
      </div>
      <OverviewToolbar search={search} window={data?.window ?? null} onChange={update} />
      <div onFocus={wantVocabulary}>
        <TraceFilterBar
          committed={search.filter}
          draft={draftText}
          onDraftChange={(text) => setDraft({ base: search.filter, text })}
          onCommit={(text) => update({ filter: text.trim() })}
          vocabulary={vocabulary}
          serverError={null}
          pending={overview.isFetching}
          inputRef={filterInput}
        />
      </div>
      {data?.window.bucketNote && <p className="text-sm text-slate-600 dark:text-slate-400">{data.window.bucketNote}</p>}
      {overview.isError ? (
        <ErrorState
          title="Could not load the overview"
          message={overview.error.message}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      ) : !data ? (
        <LoadingRows label="Loading the overview" rows={8} />
      ) : (
        <>
          <FilterNotice
            source={data.source}
            unapplied={data.unappliedClauses}
            searchCap={SEARCH_FALLBACK_CAP}
            chosenSearch={search.source === "search"}
            onSourceChange={(source) => update({ source })}
          />
          <SummaryCards
            cards={data.summary}
            comparable={data.window.previous !== null}
            details={{ p95: `p50 ${formatDuration(data.latency.p50Ms)}`, errorRate: `${data.rows.reduce((sum, row) => sum + row.errors, 0)} errors` }}
            hrefs={{
              traces: href(data.window, null),
              p95: href(data.window, null),
              tokens: href(data.window, null),
              errorRate: href(data.window, drillClause.status("ERROR")),
              ...(thumbsClause(data) ? { thumbsUp: href(data.window, thumbsClause(data)) } : {}),
            }}
          />
          {traces === 0 ? (
            <EmptyState title="No traces in this range">
              {search.filter ? "No trace matches the filter in this range. " : ""}Try a longer time range{search.filter ? " or a broader filter" : ""}.
            </EmptyState>
          ) : (
            <>
              <OverviewCharts
                data={data}
                colors={colors}
                fileBase={fileBase}
                onOpen={open}
                feedbackHref={(name, value) =>
                  href(data.window, value === "any" || !name.searchValues ? drillClause.hasFeedback(name.name) : drillClause.feedback(name.name, name.searchValues[value]))
                }
              />
              <ModelTokensPanel
                data={models.data}
                loading={models.isFetching}
                error={models.isError ? models.error.message : null}
                fileBase={fileBase}
                onOpen={(model) => open(data.window, drillClause.model(model.model))}
              />
            </>
          )}
          <BreakdownPanel
            dimension={search.by}
            data={breakdown.data}
            loading={breakdown.isFetching}
            error={breakdown.isError ? breakdown.error.message : null}
            fileBase={fileBase}
            onDimensionChange={(by) => update({ by })}
            hrefFor={(clause) => href(data.window, clause)}
          />
        </>
      )}
    </section>
  );
}
