import { describe, expect, it } from "vitest";
import type { TracePage, TraceSummary } from "@/lib/types/trace";
import { trace } from "./session-shapes";
import { mergeScans, scanAll, scanNewestFirst, type PageRequest } from "./trace-scan";

/** `count` traces, `perInstant` of them sharing each timestamp (ties across page boundaries). */
function manyTraces(count: number, perInstant = 3): TraceSummary[] {
  return Array.from({ length: count }, (_, index) =>
    trace({ traceId: `tr-${String(index).padStart(6, "0")}`, requestTimeMs: 1_000_000 + Math.floor(index / perInstant) * 1000 }),
  );
}

/** An in-memory trace search with MLflow's ordering (time, then id) and offset page tokens. */
function fakeSearch(traces: TraceSummary[]) {
  const requests: PageRequest[] = [];
  const search = async (request: PageRequest): Promise<TracePage> => {
    requests.push(request);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const inWindow = traces.filter(
      (t) => !request.window || (t.requestTimeMs! >= request.window.fromMs && t.requestTimeMs! < request.window.toMs),
    );
    const sign = request.order === "newest" ? -1 : 1;
    inWindow.sort((a, b) => sign * (a.requestTimeMs! - b.requestTimeMs!) || a.traceId.localeCompare(b.traceId));
    const offset = Number(request.pageToken ?? 0);
    const page = inWindow.slice(offset, offset + request.maxResults);
    const next = offset + request.maxResults < inWindow.length ? String(offset + request.maxResults) : null;
    return { traces: page, nextPageToken: next };
  };
  return { search, requests };
}

const ids = (traces: TraceSummary[]) => traces.map((t) => t.traceId).sort();

describe("scanAll", () => {
  it("needs one request when a page holds every trace", async () => {
    const traces = manyTraces(120);
    const fake = fakeSearch(traces);
    const result = await scanAll(fake.search);
    expect(fake.requests).toHaveLength(1);
    expect(ids(result.traces)).toEqual(ids(traces));
    expect(result.coverage).toEqual({ tracesScanned: 120, capped: false, sinceMs: null });
  });

  it("reads a long scan in time windows and returns every trace exactly once, ties included", async () => {
    const traces = manyTraces(4321);
    const fake = fakeSearch(traces);
    const result = await scanAll(fake.search);
    expect(result.traces).toHaveLength(4321);
    expect(ids(result.traces)).toEqual(ids(traces));
    expect(result.coverage.capped).toBe(false);
    expect(fake.requests.filter((request) => request.window).length).toBeGreaterThanOrEqual(8);
  });

  it("past the cap, returns exactly the traces from an instant on, all of them, and says so", async () => {
    const traces = manyTraces(6000);
    const result = await scanAll(fakeSearch(traces).search, 2000);
    const { sinceMs, capped } = result.coverage;
    expect(capped).toBe(true);
    const expected = traces.filter((t) => t.requestTimeMs! >= sinceMs!);
    expect(ids(result.traces)).toEqual(ids(expected));
    expect(result.traces.length).toBeGreaterThanOrEqual(500);
    expect(result.coverage.tracesScanned).toBeGreaterThanOrEqual(2000);
  });

  it("fails when a page fails, and stops reading further windows", async () => {
    const fake = fakeSearch(manyTraces(3000));
    let calls = 0;
    const failing = async (request: PageRequest) => {
      calls += 1;
      if (request.window && calls === 4) throw new Error("tracking server unreachable");
      return fake.search(request);
    };
    await expect(scanAll(failing)).rejects.toThrow("tracking server unreachable");
  });
});

describe("scanNewestFirst", () => {
  it("stops as soon as the page handler has enough", async () => {
    const fake = fakeSearch(manyTraces(3000));
    const result = await scanNewestFirst(fake.search, () => false);
    expect(fake.requests).toHaveLength(1);
    expect(result).toMatchObject({ scanned: 500, exhausted: false });
  });

  it("reads to the end when asked, and stops at the cap otherwise", async () => {
    const all = await scanNewestFirst(fakeSearch(manyTraces(1200)).search, () => true);
    expect(all).toMatchObject({ scanned: 1200, exhausted: true, oldestSeenMs: 1_000_000 });
    const capped = await scanNewestFirst(fakeSearch(manyTraces(3000)).search, () => true, 1000);
    expect(capped).toMatchObject({ scanned: 1000, exhausted: false });
  });
});

describe("mergeScans", () => {
  it("unites traces and keeps the stricter coverage", () => {
    const [a, b, c] = manyTraces(3, 1);
    const merged = mergeScans([
      { traces: [a, b], coverage: { tracesScanned: 2, capped: false, sinceMs: null } },
      { traces: [b, c], coverage: { tracesScanned: 2, capped: true, sinceMs: b.requestTimeMs } },
    ]);
    expect(ids(merged.traces)).toEqual(ids([b, c]));
    expect(merged.coverage).toEqual({ tracesScanned: 4, capped: true, sinceMs: b.requestTimeMs });
  });
});
