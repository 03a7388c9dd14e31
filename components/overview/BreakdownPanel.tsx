import Link from "next/link";
import { breakdownCsv } from "@/lib/aggregate/overview-csv";
import { formatCount, formatDuration, formatPercent, formatUsd } from "@/lib/format/units";
import type { BreakdownData, BreakdownDimension } from "@/lib/types/overview";
import { downloadText } from "./download";

interface BreakdownPanelProps {
  dimension: BreakdownDimension;
  data: BreakdownData | undefined;
  loading: boolean;
  error: string | null;
  fileBase: string;
  onDimensionChange: (dimension: BreakdownDimension) => void;
  hrefFor: (clause: string) => string;
}

const FIXED: { value: BreakdownDimension; label: string }[] = [
  { value: "name", label: "Trace name" },
  { value: "status", label: "Status" },
  { value: "span_type", label: "Span type (spans)" },
  { value: "model", label: "Model (LLM spans)" },
];

/** The range's figures split by one dimension; each row opens its traces. */
export function BreakdownPanel({ dimension, data, loading, error, fileBase, onDimensionChange, hrefFor }: BreakdownPanelProps) {
  const options = [
    ...FIXED,
    ...(data?.tagKeys ?? []).map((key) => ({ value: `tag:${key}` as BreakdownDimension, label: `Tag: ${key}` })),
    ...(data?.metadataKeys ?? []).map((key) => ({ value: `metadata:${key}` as BreakdownDimension, label: `Metadata: ${key}` })),
  ];
  if (!options.some((option) => option.value === dimension)) options.push({ value: dimension, label: dimension });
  const rows = data?.dimension === dimension ? data.rows : [];
  const showCost = rows.some((row) => row.costUsd !== null);
  const showLatency = rows.some((row) => row.p50Ms !== null);
  const showTokens = rows.some((row) => row.totalTokens !== null);
  const cell = "py-1.5 px-2 text-right tabular-nums";
  return (
    <section aria-label="Breakdown" data-testid="overview-breakdown" data-state={loading ? "loading" : "ready"} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <header className="mb-2 flex flex-wrap items-end justify-between gap-2">
        <label className="flex items-center gap-2 text-sm font-medium">
          Breakdown by
          <select
            data-testid="overview-breakdown-select"
            className="rounded border border-slate-300 bg-white px-2 py-1 text-sm font-normal dark:border-slate-700 dark:bg-slate-900"
            value={dimension}
            onChange={(event) => onDimensionChange(event.target.value as BreakdownDimension)}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!data || rows.length === 0}
          onClick={() => data && downloadText(`${fileBase}-breakdown-${dimension.replace(/[^\w.-]+/g, "_")}.csv`, breakdownCsv(data))}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Download CSV
        </button>
      </header>
      {data?.note && <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">{data.note}</p>}
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The breakdown could not be loaded: {error}
        </p>
      ) : loading && rows.length === 0 ? (
        <p className="text-sm text-slate-500">Loading the breakdown…</p>
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Nothing to break down in this range{dimension.includes(":") ? ": no recent trace carries this key" : ""}.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="text-xs text-slate-500 dark:text-slate-400">
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th className="px-2 py-1.5 text-left font-normal">Value</th>
                <th className="px-2 py-1.5 text-right font-normal">{data?.unit === "spans" ? "Spans" : "Traces"}</th>
                <th className="px-2 py-1.5 text-right font-normal">Errors</th>
                <th className="px-2 py-1.5 text-right font-normal">Error rate</th>
                {showLatency && <th className="px-2 py-1.5 text-right font-normal">p50</th>}
                {showLatency && <th className="px-2 py-1.5 text-right font-normal">p95</th>}
                {showTokens && <th className="px-2 py-1.5 text-right font-normal">Tokens</th>}
                {showCost && <th className="px-2 py-1.5 text-right font-normal">Cost</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.value} className="border-b border-slate-100 dark:border-slate-900" data-testid="overview-breakdown-row" data-value={row.value} data-count={row.count}>
                  <td className="max-w-[24rem] truncate px-2 py-1.5">
                    <Link href={hrefFor(row.clause)} prefetch={false} title={`Open the traces where ${row.clause}`} className="text-teal-700 underline-offset-2 hover:underline dark:text-teal-400">
                      {row.value}
                    </Link>
                  </td>
                  <td className={cell}>{formatCount(row.count)}</td>
                  <td className={cell}>{formatCount(row.errors)}</td>
                  <td className={cell}>{formatPercent(row.errorRate)}</td>
                  {showLatency && <td className={cell}>{formatDuration(row.p50Ms)}</td>}
                  {showLatency && <td className={cell}>{formatDuration(row.p95Ms)}</td>}
                  {showTokens && <td className={cell}>{formatCount(row.totalTokens)}</td>}
                  {showCost && <td className={cell}>{formatUsd(row.costUsd)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
