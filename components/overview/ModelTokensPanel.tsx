"use client";

import { HorizontalBarChart } from "@/components/charts/HorizontalBarChart";
import { modelTokensCsv } from "@/lib/aggregate/overview-csv";
import { formatCount } from "@/lib/format/units";
import type { ModelTokens, ModelTokensData } from "@/lib/types/overview";
import { ChartPanel } from "./ChartPanel";
import { MODEL_TOKEN_EXTRA, MODEL_TOKEN_SERIES } from "./overview-series";

interface ModelTokensPanelProps {
  data: ModelTokensData | undefined;
  loading: boolean;
  error: string | null;
  fileBase: string;
  onOpen: (model: ModelTokens) => void;
}

function scope(data: ModelTokensData): string {
  const read = formatCount(data.sampledTraces);
  const skipped = data.skipped.length
    ? ` Left out: ${data.skipped.length === 1 ? "1 trace" : `${data.skipped.length} traces`} with more than ${formatCount(data.maxSpansPerTrace)} spans (${data.skipped.map((trace) => `${trace.traceId}, ${formatCount(trace.spans)} spans`).join("; ")}).`
    : "";
  if (data.totalTraces !== null && data.sampledTraces + data.skipped.length >= data.totalTraces) {
    return data.skipped.length ? `From the spans of ${read} of the ${formatCount(data.totalTraces)} traces of the range that match the filter.${skipped}` : `From the spans of all ${read} traces of the range that match the filter.`;
  }
  return `From the spans of the ${read} most recent traces of the range that match the filter${data.totalTraces !== null ? ` (of ${formatCount(data.totalTraces)})` : ""}; at most ${formatCount(data.cap)} are read.${skipped}`;
}

/** Tokens per model, from LLM spans (the metrics API has no per-model tokens). */
export function ModelTokensPanel({ data, loading, error, fileBase, onOpen }: ModelTokensPanelProps) {
  const empty = error
    ? `Tokens by model could not be loaded: ${error}`
    : loading && !data
      ? "Reading the spans of recent traces…"
      : !data || data.models.length === 0
        ? "No LLM span in this range records token usage."
        : null;
  return (
    <ChartPanel
      title="Tokens by model"
      description={data ? `${scope(data)} Input and output tokens of LLM spans.` : "Input and output tokens of LLM spans."}
      testId="chart-model-tokens"
      legend={MODEL_TOKEN_SERIES}
      empty={empty}
      csv={{ fileName: `${fileBase}-tokens-by-model.csv`, text: () => modelTokensCsv(data?.models ?? []) }}
    >
      {data && (
        <HorizontalBarChart
          rows={data.models}
          category={(row) => row.model}
          series={MODEL_TOKEN_SERIES}
          tooltipExtra={MODEL_TOKEN_EXTRA}
          xTick={formatCount}
          barLabel={(row, series) => `${row.model}: ${series.format(series.value(row))} ${series.label.toLowerCase()}. Open these traces`}
          onSelect={onOpen}
        />
      )}
    </ChartPanel>
  );
}
