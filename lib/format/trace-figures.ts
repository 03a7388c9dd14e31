// Figures of the trace list, formatted once: latency picks its unit, counts get thousands separators.

const numberFormat = new Intl.NumberFormat("en");

/** "840 ms", "1.84 s", "12.3 s", "2 m 05 s"; a dash when unknown. */
export function formatLatency(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes} m ${String(seconds).padStart(2, "0")} s`;
}

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : numberFormat.format(value);
}

/** "1–50 of 122", "51–100 of at least 501", "0 of 0". */
export function formatRange(first: number, last: number, total: number, exact: boolean): string {
  const of = `${exact ? "" : "at least "}${formatCount(total)}`;
  return last < first ? `0 of ${of}` : `${formatCount(first)}–${formatCount(last)} of ${of}`;
}
