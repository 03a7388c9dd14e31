// Display units for the overview's figures, decided once: charts, tooltips, cards and tables all
// format through here. Times are UTC because the tracking server buckets in UTC.

const integer = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

export function formatCount(value: number | null): string {
  return value === null ? "—" : integer.format(value);
}

/** 850 ms, 3.93 s, 2 min 5 s. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1_000) return `${integer.format(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(2)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1_000)} s`;
}

/** The exact figure, for tooltips: "3,928 ms" (fractions of a millisecond kept to one place). */
export function formatExactDuration(ms: number | null): string {
  return ms === null ? "—" : `${oneDecimal.format(ms)} ms`;
}

/** A share in [0, 1] as a percentage with one decimal: "77.5 %". */
export function formatPercent(share: number | null): string {
  return share === null ? "—" : `${(share * 100).toFixed(1)} %`;
}

/** US dollars: cents for larger sums, four significant digits for small ones ("$0.0517"). */
export function formatUsd(usd: number | null): string {
  if (usd === null) return "—";
  if (usd === 0) return "$0";
  if (Math.abs(usd) >= 1) return `$${usd.toFixed(2)}`;
  return `$${Number(usd.toPrecision(4))}`;
}

/** A change against the previous period: "+12.5 %" relative, or "+1.2 pts" for rates. */
export function formatChange(change: number | null, kind: "relative" | "points"): string {
  if (change === null) return "—";
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  const size = Math.abs(change * 100).toFixed(1);
  return kind === "relative" ? `${sign}${size} %` : `${sign}${size} pts`;
}

const pad = (n: number) => String(n).padStart(2, "0");

function utcParts(ms: number) {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), mo: pad(date.getUTCMonth() + 1), d: pad(date.getUTCDate()), h: pad(date.getUTCHours()), mi: pad(date.getUTCMinutes()), s: pad(date.getUTCSeconds()) };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Axis labels: "Nov 15" for days, "Nov 15 06:00" for hours, "06:05" for minutes. */
export function formatBucketTick(ms: number, bucketMs: number): string {
  const date = new Date(ms);
  const day = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
  const { h, mi } = utcParts(ms);
  if (bucketMs >= 86_400_000) return day;
  if (bucketMs >= 3_600_000) return `${day} ${h}:${mi}`;
  return `${h}:${mi}`;
}

/** "2026-11-15 00:00:00 – 23:59:59 UTC" (the end inclusive; the date repeated when it differs). */
export function formatPeriod(startMs: number, endMs: number): string {
  const a = utcParts(startMs);
  const b = utcParts(endMs);
  const start = `${a.y}-${a.mo}-${a.d} ${a.h}:${a.mi}:${a.s}`;
  const sameDay = a.y === b.y && a.mo === b.mo && a.d === b.d;
  return `${start} – ${sameDay ? "" : `${b.y}-${b.mo}-${b.d} `}${b.h}:${b.mi}:${b.s} UTC`;
}

/** ISO 8601 in UTC, for CSV files. */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}
