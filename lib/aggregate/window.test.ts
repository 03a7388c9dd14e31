import { describe, expect, it } from "vitest";
import { bucketCount, bucketPeriods, buildWindow, chooseBucket, previousPeriod } from "./window";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIDNIGHT = Date.UTC(2026, 10, 10);

describe("choosing a bucket size from the range", () => {
  it("goes from minutes to days as the range grows", () => {
    const end = MIDNIGHT + 12 * HOUR + 7;
    expect(chooseBucket({ startMs: end - 15 * 60_000, endMs: end })).toBe("1m");
    expect(chooseBucket({ startMs: end - 3 * HOUR, endMs: end })).toBe("5m");
    expect(chooseBucket({ startMs: end - DAY, endMs: end })).toBe("1h");
    expect(chooseBucket({ startMs: end - 7 * DAY, endMs: end })).toBe("6h");
    expect(chooseBucket({ startMs: end - 30 * DAY, endMs: end })).toBe("1d");
    expect(chooseBucket({ startMs: end - 400 * DAY, endMs: end })).toBe("1d");
  });
  it("counts the buckets a period touches, partial ones included", () => {
    expect(bucketCount({ startMs: MIDNIGHT, endMs: MIDNIGHT + DAY - 1 }, DAY)).toBe(1);
    expect(bucketCount({ startMs: MIDNIGHT + HOUR, endMs: MIDNIGHT + DAY }, DAY)).toBe(2);
  });
});

describe("the window", () => {
  it("keeps a requested bucket that fits, and replaces one that gives too many bars", () => {
    const period = { startMs: MIDNIGHT, endMs: MIDNIGHT + 14 * DAY - 1 };
    expect(buildWindow(period, "1h", { comparable: true })).toMatchObject({ bucket: "1h", bucketMs: HOUR, bucketNote: null });
    const clamped = buildWindow(period, "5m", { comparable: true });
    expect(clamped.bucket).toBe("1h");
    expect(clamped.bucketNote).toBe("Buckets of 5 minutes would give 4,032 bars; showing buckets of 1 hour.");
  });
  it("compares with the period of the same length just before", () => {
    const period = { startMs: 1000, endMs: 1999 };
    expect(previousPeriod(period)).toEqual({ startMs: 0, endMs: 999 });
    expect(buildWindow(period, null, { comparable: false }).previous).toBeNull();
  });
  it("lists UTC-aligned buckets clipped to the window, end inclusive", () => {
    const periods = bucketPeriods({ startMs: MIDNIGHT + 6 * HOUR, endMs: MIDNIGHT + 2 * DAY + HOUR, bucketMs: DAY });
    expect(periods).toEqual([
      { startMs: MIDNIGHT + 6 * HOUR, endMs: MIDNIGHT + DAY - 1 },
      { startMs: MIDNIGHT + DAY, endMs: MIDNIGHT + 2 * DAY - 1 },
      { startMs: MIDNIGHT + 2 * DAY, endMs: MIDNIGHT + 2 * DAY + HOUR },
    ]);
  });
});
