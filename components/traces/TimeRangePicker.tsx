"use client";

import { useState } from "react";
import { TIME_RANGE_PRESETS, type TimeRange, describeTimeRange } from "@/lib/time/time-range";

/** `datetime-local` works in the viewer's time zone. */
function toLocalInput(ms: number | null): string {
  if (ms === null) return "";
  const date = new Date(ms);
  return new Date(ms - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function fromLocalInput(value: string): number | null {
  if (!value) return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : null;
}

/** Presets and a custom range; the list compiles the choice into trace.timestamp_ms clauses. */
export function TimeRangePicker({ range, onChange }: { range: TimeRange; onChange: (range: TimeRange) => void }) {
  const [custom, setCustom] = useState(range.kind === "custom");
  const [from, setFrom] = useState(range.kind === "custom" ? toLocalInput(range.fromMs) : "");
  const [to, setTo] = useState(range.kind === "custom" ? toLocalInput(range.toMs) : "");
  const selected = custom ? "custom" : range.kind === "preset" ? range.key : "all";
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        Time range
        <select
          aria-label="Time range"
          value={selected}
          title={describeTimeRange(range)}
          onChange={(event) => {
            const value = event.target.value;
            if (value === "custom") return setCustom(true);
            setCustom(false);
            onChange(value === "all" ? { kind: "all" } : { kind: "preset", key: TIME_RANGE_PRESETS.find((preset) => preset.key === value)!.key });
          }}
          className="rounded border border-slate-300 bg-white px-1.5 py-0.5 dark:border-slate-700 dark:bg-slate-900"
        >
          <option value="all">All time</option>
          {TIME_RANGE_PRESETS.map((preset) => (
            <option key={preset.key} value={preset.key}>
              {preset.label}
            </option>
          ))}
          <option value="custom">Custom range…</option>
        </select>
      </label>
      {custom && (
        <form
          className="flex flex-wrap items-center gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            onChange({ kind: "custom", fromMs: fromLocalInput(from), toMs: fromLocalInput(to) });
          }}
        >
          <input type="datetime-local" aria-label="From" value={from} onChange={(event) => setFrom(event.target.value)} className="rounded border border-slate-300 px-1 dark:border-slate-700 dark:bg-slate-900" />
          <span>to</span>
          <input type="datetime-local" aria-label="To" value={to} onChange={(event) => setTo(event.target.value)} className="rounded border border-slate-300 px-1 dark:border-slate-700 dark:bg-slate-900" />
          <button type="submit" className="rounded border border-slate-300 px-2 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            Apply
          </button>
        </form>
      )}
    </div>
  );
}
