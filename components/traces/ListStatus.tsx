import { formatCount, formatRange } from "@/lib/format/trace-figures";
import { REFRESH_CHOICES } from "@/lib/traces/list-url";
import type { TraceCount } from "@/lib/types/trace-list";
import type { CountOnRequest } from "./useListTotal";

interface ListStatusProps {
  /** The next page is loading (the rows on screen are the previous page's). */
  loading: boolean;
  first: number;
  last: number;
  hasMore: boolean;
  total: TraceCount | undefined;
  /** Set when the total of this search is counted only on request (a full-text search). */
  countOnRequest?: CountOnRequest | null;
  newTraces: TraceCount | undefined;
  onShowNew: () => void;
  refreshSeconds: number | null;
  onRefreshChange: (seconds: number | null) => void;
}

/** "1–50 of N" (or "of at least N" when the server cannot count the filter), new traces, auto-refresh. */
export function ListStatus({ loading, first, last, hasMore, total, countOnRequest, newTraces, onShowNew, refreshSeconds, onRefreshChange }: ListStatusProps) {
  const lowerBound = last + (hasMore ? 1 : 0);
  const range = loading
    ? "Loading…"
    : total
    ? formatRange(first, last, Math.max(total.count, total.exact ? 0 : lowerBound), total.exact)
    : countOnRequest
    ? formatRange(first, last, lowerBound, false)
    : `${last < first ? "0" : `${formatCount(first)}–${formatCount(last)}`} of …`;
  const newCount = newTraces && newTraces.count > 0 ? `${formatCount(newTraces.count)}${newTraces.exact ? "" : "+"}` : null;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span data-testid="trace-list-range" title={total?.reason ?? (total?.exact ? "Counted by MLflow" : undefined)} className="tabular-nums">
        {range}
      </span>
      {countOnRequest && !loading && <CountButton {...countOnRequest} />}
      {newCount && (
        <span role="status" className="rounded bg-teal-50 px-2 py-0.5 text-teal-900 dark:bg-teal-950 dark:text-teal-100">
          {newCount} new {newCount === "1" ? "trace" : "traces"} since this search started{" "}
          <button type="button" onClick={onShowNew} className="font-medium underline">
            Show them
          </button>
        </span>
      )}
      <label className="flex items-center gap-1 text-slate-600 dark:text-slate-400">
        Auto-refresh
        <select
          aria-label="Auto-refresh"
          value={refreshSeconds ?? ""}
          onChange={(event) => onRefreshChange(event.target.value ? Number(event.target.value) : null)}
          className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900"
        >
          <option value="">off</option>
          {REFRESH_CHOICES.map((seconds) => (
            <option key={seconds} value={seconds}>
              every {seconds < 60 ? `${seconds} s` : `${seconds / 60} min`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

const COUNT_COST =
  "A full-text search is counted by reading the spans of every trace in the experiment on the tracking server: on a big experiment that takes minutes, so it is counted only when asked.";

function CountButton({ onCount, counting, error }: CountOnRequest) {
  return (
    <span className="flex items-center gap-2 text-slate-600 dark:text-slate-400">
      <button type="button" onClick={onCount} disabled={counting} title={COUNT_COST} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800">
        {counting ? "Counting…" : error ? "Count again" : "Count matches"}
      </button>
      {error && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          Could not count: {error}
        </span>
      )}
    </span>
  );
}
