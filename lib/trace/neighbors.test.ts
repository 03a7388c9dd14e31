import { describe, expect, it } from "vitest";
import type { TraceSummary } from "@/lib/types/trace";
import { neighborQueries, pickNeighbors } from "./neighbors";

const trace = (traceId: string, requestTimeMs: number, durationMs: number | null = 100) => ({ traceId, requestTimeMs, durationMs }) as TraceSummary;

describe("neighborQueries", () => {
  it("bounds the list's own filter by the sort key, in both directions", () => {
    expect(neighborQueries("trace.status = 'OK'", "timestamp_ms DESC", trace("a", 1000.4))).toEqual({
      forward: { filter: "trace.status = 'OK' AND trace.timestamp_ms <= 1000", orderBy: "timestamp_ms DESC", pageSize: 25 },
      backward: { filter: "trace.status = 'OK' AND trace.timestamp_ms >= 1000", orderBy: "timestamp_ms ASC", pageSize: 25 },
    });
    expect(neighborQueries("", "execution_time_ms ASC", trace("a", 1000, 250))).toEqual({
      forward: { filter: "trace.execution_time_ms >= 250", orderBy: "execution_time_ms ASC", pageSize: 25 },
      backward: { filter: "trace.execution_time_ms <= 250", orderBy: "execution_time_ms DESC", pageSize: 25 },
    });
  });

  it("gives up when the trace has no value for the key", () => {
    expect(neighborQueries("", "execution_time_ms DESC", trace("a", 1000, null))).toBeNull();
  });
});

describe("pickNeighbors", () => {
  const order = "timestamp_ms DESC" as const;

  it("steps to the nearest traces either side", () => {
    const forward = [trace("b", 500), trace("c", 400)];
    const backward = [trace("b", 500), trace("a", 600), trace("z", 900)];
    expect(pickNeighbors("b", 500, order, forward, backward)).toEqual({ previous: "a", next: "c" });
  });

  it("walks through ties in the list's order", () => {
    const forward = [trace("t1", 500), trace("t2", 500), trace("t3", 500), trace("c", 400)];
    const backward = [trace("t1", 500), trace("t2", 500), trace("t3", 500), trace("a", 600)];
    expect(pickNeighbors("t1", 500, order, forward, backward)).toEqual({ previous: "a", next: "t2" });
    expect(pickNeighbors("t2", 500, order, forward, backward)).toEqual({ previous: "t1", next: "t3" });
    expect(pickNeighbors("t3", 500, order, forward, backward)).toEqual({ previous: "t2", next: "c" });
  });

  it("has no neighbour at either end of the list", () => {
    expect(pickNeighbors("only", 500, order, [trace("only", 500)], [trace("only", 500)])).toEqual({ previous: null, next: null });
  });

  it("still offers neighbours when the trace no longer matches the list filter", () => {
    expect(pickNeighbors("gone", 500, order, [trace("c", 400)], [trace("a", 600)])).toEqual({ previous: "a", next: "c" });
  });
});
