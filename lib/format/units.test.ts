import { describe, expect, it } from "vitest";
import { formatBucketTick, formatChange, formatCount, formatDuration, formatExactDuration, formatPercent, formatPeriod, formatUsd } from "./units";

const t = Date.UTC(2026, 10, 15, 6, 5, 0);

describe("figures", () => {
  it("counts with thousands separators", () => {
    expect(formatCount(145608)).toBe("145,608");
    expect(formatCount(null)).toBe("—");
  });
  it("picks a duration unit once", () => {
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(8796)).toBe("8.80 s");
    expect(formatDuration(125_400)).toBe("2 min 5 s");
    expect(formatExactDuration(10855.79999)).toBe("10,855.8 ms");
  });
  it("writes shares, money and changes", () => {
    expect(formatPercent(0.775)).toBe("77.5 %");
    expect(formatUsd(0.0517125)).toBe("$0.05171");
    expect(formatUsd(12.345)).toBe("$12.35");
    expect(formatUsd(0)).toBe("$0");
    expect(formatChange(0.125, "relative")).toBe("+12.5 %");
    expect(formatChange(-0.012, "points")).toBe("−1.2 pts");
    expect(formatChange(0, "relative")).toBe("±0.0 %");
    expect(formatChange(null, "relative")).toBe("—");
  });
});

describe("times in UTC", () => {
  it("labels ticks by bucket size", () => {
    expect(formatBucketTick(t, 86_400_000)).toBe("Nov 15");
    expect(formatBucketTick(t, 3_600_000)).toBe("Nov 15 06:05");
    expect(formatBucketTick(t, 60_000)).toBe("06:05");
  });
  it("writes a period with its inclusive end", () => {
    expect(formatPeriod(Date.UTC(2026, 10, 15), Date.UTC(2026, 10, 16) - 1)).toBe("2026-11-15 00:00:00 – 23:59:59 UTC");
    expect(formatPeriod(Date.UTC(2026, 10, 15), Date.UTC(2026, 10, 17))).toBe("2026-11-15 00:00:00 – 2026-11-17 00:00:00 UTC");
  });
});
