import { describe, expect, it } from "vitest";
import { describeTimeRange, hasTimeRange, parseTimeRange, pinTimeRange, resolveTimeRange, timeRangeClauses, writeTimeRange, type TimeRange } from "./time-range";

const now = 1_795_000_000_000;

describe("time ranges in the URL", () => {
  it("round-trips presets and custom ranges", () => {
    const ranges: TimeRange[] = [{ kind: "all" }, { kind: "preset", key: "7d" }, { kind: "custom", fromMs: 1000, toMs: 2000 }, { kind: "custom", fromMs: 1000, toMs: null }];
    for (const range of ranges) expect(parseTimeRange(writeTimeRange(new URLSearchParams("filter=x"), range))).toEqual(range);
  });
  it("keeps other parameters and replaces an earlier range", () => {
    const params = writeTimeRange(new URLSearchParams("filter=x&range=1h"), { kind: "custom", fromMs: 5, toMs: null });
    expect(params.toString()).toBe("filter=x&from=5");
  });
  it("writes all time as range=all only when asked to, and reads it back", () => {
    expect(writeTimeRange(new URLSearchParams("range=7d"), { kind: "all" }).toString()).toBe("");
    const explicit = writeTimeRange(new URLSearchParams("range=7d"), { kind: "all" }, { explicitAll: true });
    expect(explicit.toString()).toBe("range=all");
    expect(parseTimeRange(explicit)).toEqual({ kind: "all" });
  });
  it("tells whether the URL names a range", () => {
    expect(hasTimeRange(new URLSearchParams("filter=x"))).toBe(false);
    expect(hasTimeRange(new URLSearchParams("to=5"))).toBe(true);
    expect(hasTimeRange(new URLSearchParams("range=all"))).toBe(true);
  });
  it("treats unknown presets and malformed instants as no limit", () => {
    expect(parseTimeRange(new URLSearchParams("range=2y"))).toEqual({ kind: "all" });
    expect(parseTimeRange(new URLSearchParams("from=yesterday"))).toEqual({ kind: "all" });
  });
});

describe("resolving and compiling to filter clauses", () => {
  it("pins a preset to now", () => {
    expect(resolveTimeRange({ kind: "preset", key: "1h" }, now)).toEqual({ startMs: now - 3_600_000, endMs: now });
  });
  it("writes timestamp_ms clauses for the bounded ends only", () => {
    expect(timeRangeClauses({ startMs: 10, endMs: 20 })).toEqual(["trace.timestamp_ms >= 10", "trace.timestamp_ms <= 20"]);
    expect(timeRangeClauses({ startMs: null, endMs: 20 })).toEqual(["trace.timestamp_ms <= 20"]);
    expect(timeRangeClauses(resolveTimeRange({ kind: "all" }, now))).toEqual([]);
  });
  it("pins a range to the moment the search started", () => {
    expect(pinTimeRange({ kind: "all" }, now)).toEqual({ startMs: null, endMs: now });
    expect(pinTimeRange({ kind: "preset", key: "24h" }, now)).toEqual({ startMs: now - 86_400_000, endMs: now });
    expect(pinTimeRange({ kind: "custom", fromMs: 5, toMs: now + 1000 }, now)).toEqual({ startMs: 5, endMs: now });
    expect(pinTimeRange({ kind: "custom", fromMs: null, toMs: 20 }, now)).toEqual({ startMs: null, endMs: 20 });
  });
  it("describes a range for people", () => {
    expect(describeTimeRange({ kind: "preset", key: "15m" })).toBe("Last 15 minutes");
  });
});
