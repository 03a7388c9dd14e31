"use client";

import { BucketBarChart } from "@/components/charts/BucketBarChart";
import { BucketLineChart } from "@/components/charts/BucketLineChart";
import { chartCsv } from "@/lib/aggregate/overview-csv";
import { drillClause } from "@/lib/aggregate/drilldown";
import { bucketLabel } from "@/lib/aggregate/window";
import { formatBucketTick, formatCount, formatDuration, formatPeriod, formatUsd } from "@/lib/format/units";
import type { BucketRow, FeedbackName, OverviewData, Period } from "@/lib/types/overview";
import { ChartPanel } from "./ChartPanel";
import { FeedbackTable } from "./FeedbackTable";
import { costSeries, ERROR_COUNTS, ERROR_RATE_SERIES, feedbackSeries, LATENCY_SERIES, SOURCE_LABELS, TOKEN_SERIES, TOKEN_TOTAL, VOLUME_SERIES } from "./overview-series";

interface OverviewChartsProps {
  data: OverviewData;
  colors: Record<string, string>;
  fileBase: string;
  /** Opens the trace list for a period, narrowed by a search clause (status, model, feedback). */
  onOpen: (period: Period, clause: string | null) => void;
  feedbackHref: (name: FeedbackName, value: "positive" | "negative" | "any") => string;
}

const legendOf = (series: { label: string; color: string }[]) => series.map(({ label, color }) => ({ label, color }));

/** The time-series charts of the overview; each figure opens the traces behind it. */
export function OverviewCharts({ data, colors, fileBase, onOpen, feedbackHref }: OverviewChartsProps) {
  const { rows, window } = data;
  const xTick = (ms: number) => formatBucketTick(ms, window.bucketMs);
  const title = (row: BucketRow) => formatPeriod(row.startMs, row.endMs);
  const csv = (chart: Parameters<typeof chartCsv>[0]) => ({ fileName: `${fileBase}-${chart}.csv`, text: () => chartCsv(chart, rows, { models: data.models, feedback: data.feedbackNames }) });
  const totals = rows.reduce((sum, row) => ({ traces: sum.traces + row.traces, finished: sum.finished + row.ok + row.errors, tokens: sum.tokens + row.totalTokens }), { traces: 0, finished: 0, tokens: 0 });
  const hasCost = rows.some((row) => Object.keys(row.costByModel).length > 0);
  const cost = costSeries(data.models, colors);
  const feedback = feedbackSeries(data.feedbackNames, colors);
  const bucketNote = `Buckets of ${bucketLabel(window.bucket)}, in UTC.`;

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartPanel title="Requests" description={`Traces per bucket by status. ${bucketNote} A bar opens its bucket's traces.`} testId="chart-volume" legend={legendOf(VOLUME_SERIES)} empty={totals.traces ? null : "No traces in this range."} csv={csv("volume")}>
        <BucketBarChart
          rows={rows}
          series={VOLUME_SERIES}
          xTick={xTick}
          yTick={formatCount}
          title={title}
          barLabel={(row, series) => `${title(row)}: ${series.format(series.value(row))} ${series.label} of ${formatCount(row.traces)}. Open the bucket's traces`}
          onSelect={(row) => onOpen(row, null)}
        />
      </ChartPanel>
      <ChartPanel title="Error rate" description="Share of traces that ended in an error; a point opens its bucket's failed traces." testId="chart-errors" empty={totals.traces ? null : "No traces in this range."} csv={csv("errors")}>
        <BucketLineChart rows={rows} series={ERROR_RATE_SERIES} tooltipExtra={ERROR_COUNTS} xTick={xTick} yTick={(share) => `${Math.round(share * 100)} %`} yDomain={[0, 1]} title={title} onSelect={(row) => onOpen(row, drillClause.status("ERROR"))} />
      </ChartPanel>
      <ChartPanel
        title="Latency"
        description="Percentiles of trace duration per bucket (finished traces)."
        testId="chart-latency"
        legend={legendOf(LATENCY_SERIES)}
        empty={totals.finished ? null : "No finished traces in this range, so no durations."}
        csv={csv("latency")}
      >
        <BucketLineChart rows={rows} series={LATENCY_SERIES} xTick={xTick} yTick={formatDuration} title={title} onSelect={(row) => onOpen(row, null)} />
      </ChartPanel>
      <ChartPanel
        title="Tokens"
        description="Input and output tokens per bucket, from each trace's token usage."
        testId="chart-tokens"
        legend={legendOf(TOKEN_SERIES)}
        empty={totals.tokens ? null : "No token usage recorded in this range (LLM spans carry none)."}
        csv={csv("tokens")}
      >
        <BucketBarChart
          rows={rows}
          series={TOKEN_SERIES}
          tooltipExtra={TOKEN_TOTAL}
          xTick={xTick}
          yTick={formatCount}
          title={title}
          barLabel={(row, series) => `${title(row)}: ${series.format(series.value(row))} ${series.label.toLowerCase()}. Open these traces`}
          onSelect={(row) => onOpen(row, null)}
        />
      </ChartPanel>
      <ChartPanel
        title="Cost"
        description={data.source.kind === "search" ? "USD per bucket, from each trace's cost." : "USD per bucket by model, from the cost the tracking server computes for LLM spans."}
        testId="chart-cost"
        legend={legendOf(cost)}
        empty={hasCost ? null : "No cost recorded in this range. The tracking server prices LLM spans of models it knows; these traces have none."}
        csv={csv("cost")}
      >
        <BucketBarChart
          rows={rows}
          series={cost}
          xTick={xTick}
          yTick={formatUsd}
          fractional
          title={title}
          barLabel={(row, series) => `${title(row)}: ${series.format(series.value(row))} on ${series.label}. Open these traces`}
          onSelect={(row, model) => onOpen(row, model && data.source.kind === "metrics" ? drillClause.model(model) : null)}
        />
      </ChartPanel>
      <ChartPanel
        title="Feedback"
        description={
          <>
            Share of positive results (true, yes) per assessment name, or the mean of numeric scores. {data.feedbackSourceNote}
          </>
        }
        testId="chart-feedback"
        legend={data.feedbackNames.map((name) => ({ label: `${name.name} (${SOURCE_LABELS[name.source]})`, color: colors[name.name] }))}
        empty={feedback.length ? null : "No feedback in this range. Reviewers add it on a trace; judges log it with mlflow.log_feedback."}
        csv={csv("feedback")}
      >
        <BucketLineChart rows={rows} series={feedback} xTick={xTick} yTick={(value) => value.toFixed(2)} yDomain={[0, 1]} title={title} onSelect={(row) => onOpen(row, null)} />
        <FeedbackTable names={data.feedbackNames} colors={colors} hrefFor={feedbackHref} />
      </ChartPanel>
    </div>
  );
}
