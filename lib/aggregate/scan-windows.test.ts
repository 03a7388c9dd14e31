import { describe, expect, it } from "vitest";
import { coveredSince, splitWindows, windowClauses } from "./scan-windows";

describe("splitWindows", () => {
  it("covers [oldest, newest] exactly, newest first, without overlap", () => {
    const windows = splitWindows(1000, 1999, 4);
    expect(windows).toEqual([
      { fromMs: 1750, toMs: 2000 },
      { fromMs: 1500, toMs: 1750 },
      { fromMs: 1250, toMs: 1500 },
      { fromMs: 1000, toMs: 1250 },
    ]);
    expect(windowClauses(windows[0])).toEqual(["trace.timestamp_ms >= 1750", "trace.timestamp_ms < 2000"]);
  });

  it("never makes empty windows for a short span, and one window for a single instant", () => {
    expect(splitWindows(5, 7, 8)).toEqual([
      { fromMs: 7, toMs: 8 },
      { fromMs: 6, toMs: 7 },
      { fromMs: 5, toMs: 6 },
    ]);
    expect(splitWindows(5, 5, 8)).toEqual([{ fromMs: 5, toMs: 6 }]);
  });
});

describe("coveredSince", () => {
  const [w1, w2, w3] = splitWindows(0, 299, 3);

  it("is null when every window was read", () => {
    expect(coveredSince([w1, w2, w3].map((window) => ({ window, done: true, oldestSeenMs: window.fromMs })))).toBeNull();
  });

  it("stops at the first unfinished window, excluding the oldest instant it saw", () => {
    expect(
      coveredSince([
        { window: w1, done: true, oldestSeenMs: 200 },
        { window: w2, done: false, oldestSeenMs: 150 },
        { window: w3, done: true, oldestSeenMs: 0 },
      ]),
    ).toBe(151);
  });

  it("falls back to the window's top when it was not started", () => {
    expect(coveredSince([{ window: w1, done: false, oldestSeenMs: null }])).toBe(300);
  });
});
