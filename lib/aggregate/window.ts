// The overview's time window: which bucket size fits a range, the buckets it holds, and the
// previous period of the same length. Buckets are aligned to the epoch in UTC, as the tracking
// server floors timestamps (`floor(timestamp_ms / size) * size`), so a day bucket is a UTC day.
import type { BucketKey, OverviewWindow, Period } from "@/lib/types/overview";

export const BUCKETS: readonly { key: BucketKey; label: string; ms: number }[] = [
  { key: "1m", label: "1 minute", ms: 60_000 },
  { key: "5m", label: "5 minutes", ms: 5 * 60_000 },
  { key: "15m", label: "15 minutes", ms: 15 * 60_000 },
  { key: "1h", label: "1 hour", ms: 3_600_000 },
  { key: "6h", label: "6 hours", ms: 6 * 3_600_000 },
  { key: "1d", label: "1 day", ms: 86_400_000 },
];

/** The automatic choice keeps a chart to at most this many bars, so each stays clickable. */
export const AUTO_MAX_BUCKETS = 60;
/** A chosen bucket size may give this many; beyond it the next larger size is used. */
export const MAX_BUCKETS = 500;

export function isBucketKey(value: string | null | undefined): value is BucketKey {
  return BUCKETS.some((bucket) => bucket.key === value);
}

export function bucketMs(key: BucketKey): number {
  return BUCKETS.find((bucket) => bucket.key === key)!.ms;
}

export function bucketLabel(key: BucketKey): string {
  return BUCKETS.find((bucket) => bucket.key === key)!.label;
}

/** How many buckets a period touches. */
export function bucketCount(period: Period, sizeMs: number): number {
  return Math.floor(period.endMs / sizeMs) - Math.floor(period.startMs / sizeMs) + 1;
}

/** The smallest bucket size that keeps the period within AUTO_MAX_BUCKETS bars. */
export function chooseBucket(period: Period): BucketKey {
  return (BUCKETS.find((bucket) => bucketCount(period, bucket.ms) <= AUTO_MAX_BUCKETS) ?? BUCKETS[BUCKETS.length - 1]).key;
}

/** The previous period of the same length, ending just before this one starts. */
export function previousPeriod(period: Period): Period {
  const length = period.endMs - period.startMs;
  return { startMs: period.startMs - length - 1, endMs: period.startMs - 1 };
}

/**
 * The window for a resolved period and an optional requested bucket. A requested bucket that would
 * give more than MAX_BUCKETS bars is replaced by the smallest size that fits, and the note says so.
 */
export function buildWindow(period: Period, requested: BucketKey | null, options: { comparable: boolean }): OverviewWindow {
  let bucket = requested ?? chooseBucket(period);
  let bucketNote: string | null = null;
  if (bucketCount(period, bucketMs(bucket)) > MAX_BUCKETS) {
    const fitting = BUCKETS.find((candidate) => bucketCount(period, candidate.ms) <= MAX_BUCKETS) ?? BUCKETS[BUCKETS.length - 1];
    bucketNote = `Buckets of ${bucketLabel(bucket)} would give ${bucketCount(period, bucketMs(bucket)).toLocaleString("en")} bars; showing buckets of ${fitting.label}.`;
    bucket = fitting.key;
  }
  return { ...period, bucket, bucketMs: bucketMs(bucket), bucketNote, previous: options.comparable ? previousPeriod(period) : null };
}

/** Every bucket of the window in order, clipped to it (`endMs` inclusive). */
export function bucketPeriods(window: Pick<OverviewWindow, "startMs" | "endMs" | "bucketMs">): Period[] {
  const periods: Period[] = [];
  const size = window.bucketMs;
  for (let start = Math.floor(window.startMs / size) * size; start <= window.endMs; start += size) {
    periods.push({ startMs: Math.max(start, window.startMs), endMs: Math.min(start + size - 1, window.endMs) });
  }
  return periods;
}

/** The aligned start of the bucket holding `ms` (what the server reports as `time_bucket`). */
export function bucketStart(ms: number, sizeMs: number): number {
  return Math.floor(ms / sizeMs) * sizeMs;
}

/** The overview's range when the URL names none. */
export const OVERVIEW_DEFAULT_RANGE = "7d" as const;
