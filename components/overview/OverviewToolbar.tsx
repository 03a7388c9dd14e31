"use client";

import { BUCKETS, bucketLabel } from "@/lib/aggregate/window";
import { TIME_RANGE_PRESETS, type TimeRange } from "@/lib/time/time-range";
import type { BucketKey, Period } from "@/lib/types/overview";
import type { OverviewSearch } from "@/lib/url/overview-search";

interface OverviewToolbarProps {
  search: OverviewSearch;
  /** The window in effect (to prefill a custom range) and its bucket. */
  window: (Period & { bucket: BucketKey }) | null;
  onChange: (patch: Partial<OverviewSearch>) => void;
}

const field = "rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900";

/** datetime-local works in the viewer's time zone. */
function toLocalInput(ms: number | null): string {
  if (ms === null) return "";
  const date = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): number | null {
  const ms = value ? new Date(value).getTime() : NaN;
  return Number.isFinite(ms) ? ms : null;
}

function rangeValue(range: TimeRange): string {
  return range.kind === "preset" ? range.key : range.kind;
}

/** Time range and bucket size: every change goes to the URL (custom times when a field is left). */
export function OverviewToolbar({ search, window, onChange }: OverviewToolbarProps) {
  const custom = search.range.kind === "custom" ? search.range : null;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
        Time range
        <select
          className={field}
          value={rangeValue(search.range)}
          onChange={(event) => {
            const value = event.target.value;
            if (value === "all") onChange({ range: { kind: "all" } });
            else if (value === "custom") onChange({ range: { kind: "custom", fromMs: window?.startMs ?? null, toMs: window?.endMs ?? null } });
            else onChange({ range: { kind: "preset", key: value as (typeof TIME_RANGE_PRESETS)[number]["key"] } });
          }}
        >
          {TIME_RANGE_PRESETS.map((preset) => (
            <option key={preset.key} value={preset.key}>
              {preset.label}
            </option>
          ))}
          <option value="all">All time</option>
          <option value="custom">Custom range…</option>
        </select>
      </label>
      {custom && (
        <>
          <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
            From (your time)
            <input
              key={custom.fromMs ?? "open"}
              type="datetime-local"
              className={field}
              defaultValue={toLocalInput(custom.fromMs)}
              onBlur={(event) => fromLocalInput(event.target.value) !== custom.fromMs && onChange({ range: { ...custom, fromMs: fromLocalInput(event.target.value) } })}
            />
          </label>
          <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
            To (your time)
            <input
              key={custom.toMs ?? "open"}
              type="datetime-local"
              className={field}
              defaultValue={toLocalInput(custom.toMs)}
              onBlur={(event) => fromLocalInput(event.target.value) !== custom.toMs && onChange({ range: { ...custom, toMs: fromLocalInput(event.target.value) } })}
            />
          </label>
        </>
      )}
      <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
        Bucket
        <select className={field} value={search.bucket ?? "auto"} onChange={(event) => onChange({ bucket: event.target.value === "auto" ? null : (event.target.value as BucketKey) })}>
          <option value="auto">Automatic{window && !search.bucket ? ` (${bucketLabel(window.bucket)})` : ""}</option>
          {BUCKETS.map((bucket) => (
            <option key={bucket.key} value={bucket.key}>
              {bucket.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
