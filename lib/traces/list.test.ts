import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { toTraceSummary } from "@/lib/mlflow/to-trace";
import type { MlflowTraceInfo } from "@/lib/mlflow/wire";
import type { TraceSummary } from "@/lib/types/trace";
import { DEFAULT_COLUMNS, decodeColumns, encodeColumns, sortLoadedRows } from "./columns";
import { type PageCursor, cursorClauses, decodeCursor, encodeCursor, nextCursor, pageFilter } from "./cursor";
import { canHaveNewTraces, newTracesFilter, nextPageRequest, sentFilter, traceListRequest } from "./list-request";
import { keepRowsInPlace } from "./refresh";
import { type TraceListState, parseTraceListState, serverOrder, sortsLoadedRowsOnly, startSearch, writeTraceListState } from "./list-url";

const traces = fixture<{ traces: MlflowTraceInfo[] }>("traces-search").traces.map(toTraceSummary);
const pin = 1_795_000_000_000;
const state = (query: string) => parseTraceListState(new URLSearchParams(query));

describe("the URL is the state", () => {
  it("round-trips every part", () => {
    const full: TraceListState = {
      filter: "trace.status = 'ERROR' AND tags.`a,b` = 'x'",
      range: { kind: "custom", fromMs: 10, toMs: 20 },
      pinnedAt: pin,
      sort: { column: "tokens", descending: false },
      after: ["t.123~tr-a", "t.100"],
      columns: ["time", "tag:a,b", "meta:mlflow.trace.user"],
      selected: "tr-abc",
      refreshSeconds: 30,
      pageSize: 100,
    };
    const params = writeTraceListState(full);
    expect(parseTraceListState(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it("leaves defaults out and ignores what it does not understand", () => {
    expect(writeTraceListState(state("")).toString()).toBe("");
    expect(state("sort=-nonsense&size=5000&refresh=7&cols=bogus&at=soon")).toMatchObject({
      sort: { column: "time", descending: true },
      pageSize: 50,
      refreshSeconds: null,
      columns: null,
      pinnedAt: null,
    });
  });

  it("sorts on the server by time or latency, anything else only the loaded rows", () => {
    expect(serverOrder({ column: "latency", descending: false })).toBe("execution_time_ms ASC");
    expect(serverOrder({ column: "tokens", descending: true })).toBe("timestamp_ms DESC");
    expect(sortsLoadedRowsOnly({ column: "tokens", descending: true })).toBe(true);
    expect(sortsLoadedRowsOnly({ column: "time", descending: false })).toBe(false);
  });

  it("starts a new search on page 1, pinned to now", () => {
    const next = startSearch(state("after=t.5&selected=tr-1&at=3&cols=time"), { filter: "trace.status = 'OK'" }, pin);
    expect(next).toMatchObject({ filter: "trace.status = 'OK'", after: [], selected: null, pinnedAt: pin, columns: ["time"] });
  });
});

describe("what a page sends", () => {
  it("ANDs the filter, the time range and the pin", () => {
    const request = traceListRequest(state(`filter=${encodeURIComponent("trace.status = 'ERROR'")}&range=24h&at=${pin}`), 0);
    expect(request).toMatchObject({ baseFilter: `trace.status = 'ERROR' AND trace.timestamp_ms >= ${pin - 86_400_000} AND trace.timestamp_ms <= ${pin}`, order: "timestamp_ms DESC", page: 1, pageSize: 50 });
    expect(traceListRequest(state(""), pin).baseFilter).toBe(`trace.timestamp_ms <= ${pin}`);
  });

  it("adds the cursor's clauses on later pages", () => {
    const request = traceListRequest(state(`at=${pin}&after=t.900&after=t.800~tr-a~tr-b`), 0);
    expect(request.page).toBe(3);
    expect(sentFilter(request)).toBe(`trace.timestamp_ms <= ${pin} AND trace.timestamp_ms <= 800 AND trace.request_id NOT IN ('tr-a', 'tr-b')`);
    expect(cursorClauses(decodeCursor("t.800"), "timestamp_ms ASC")).toEqual(["trace.timestamp_ms >= 800"]);
    expect(pageFilter("", decodeCursor("o.eyJvZmZzZXQiOiA1MH0="), "execution_time_ms DESC")).toBe("");
  });

  it("counts new traces after the pin within the same filter and range", () => {
    const withRange = state(`filter=x&range=1h&at=${pin}`);
    expect(newTracesFilter(withRange, pin)).toBe(`x AND trace.timestamp_ms >= ${pin - 3_600_000} AND trace.timestamp_ms > ${pin}`);
    expect(canHaveNewTraces(state(`from=1&to=${pin - 1}`), pin)).toBe(false);
    expect(canHaveNewTraces(state("range=1h"), pin)).toBe(true);
  });
});

describe("cursors", () => {
  it("round-trip through their text form and refuse junk", () => {
    const cursors: PageCursor[] = [{ kind: "time", atMs: 5, seen: [] }, { kind: "time", atMs: 5, seen: ["tr-1", "tr-2"] }, { kind: "token", token: "eyJvZmZzZXQiOiA1MH0=" }];
    for (const cursor of cursors) {
      expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    }
    expect(decodeCursor("t.x")).toBeNull();
    expect(decodeCursor("t.5~")).toBeNull();
  });

  it("continue after the last request time, leaving out the traces already shown at that instant", () => {
    const [a, b, c] = traces.slice(1, 4);
    const tied: TraceSummary[] = [a, { ...b, requestTimeMs: c.requestTimeMs }, c];
    const cursor = nextCursor(tied, "timestamp_ms DESC", true, "ignored", null);
    expect(cursor).toEqual({ kind: "time", atMs: c.requestTimeMs, seen: [b.traceId, c.traceId] });
    // A page that ends at the same instant again carries the earlier ids along.
    const again = nextCursor([{ ...a, requestTimeMs: c.requestTimeMs }], "timestamp_ms DESC", true, null, cursor);
    expect(again).toEqual({ kind: "time", atMs: c.requestTimeMs, seen: [b.traceId, c.traceId, a.traceId] });
    expect(nextCursor(tied, "timestamp_ms DESC", false, null, null)).toBeNull();
  });

  it("use MLflow's page token for the latency order", () => {
    expect(nextCursor(traces, "execution_time_ms DESC", true, "tok", null)).toEqual({ kind: "token", token: "tok" });
  });
});

describe("columns", () => {
  it("round-trip through the URL form, commas in keys included", () => {
    const ids = ["time", "tag:a,b", "meta:x%y"];
    expect(decodeColumns(encodeColumns(ids))).toEqual(ids);
    expect(decodeColumns("time,unknown,time")).toEqual(["time"]);
    expect(DEFAULT_COLUMNS).toContain("assessments");
  });

  it("sort the loaded rows by any column, empty values last, ties in server order", () => {
    const byLatency = sortLoadedRows(traces, "latency", true);
    const latencies = byLatency.map((trace) => trace.durationMs);
    expect(latencies.at(-1)).toBeNull(); // the in-progress trace has no latency
    const known = latencies.filter((value): value is number => value !== null);
    expect(known).toEqual([...known].sort((x, y) => y - x));
    const byTag = sortLoadedRows(traces, "tag:environment", false);
    expect(byTag.map((trace) => trace.tags.environment)).toEqual([...traces.map((trace) => trace.tags.environment)].sort());
    expect(sortLoadedRows(traces, "tags", true)).toEqual(traces);
  });
});

describe("auto-refresh", () => {
  it("updates the rows on screen in place and never reorders or adds rows", () => {
    const previous = { traces: traces.slice(0, 3), nextCursor: "t.1", filter: "f" };
    const updated = { ...traces[1], state: "ERROR" as const };
    const fresh = { traces: [traces[5], updated, traces[0]], nextCursor: "t.2", filter: "f" };
    const kept = keepRowsInPlace(previous, fresh);
    expect(kept.traces.map((trace) => trace.traceId)).toEqual(previous.traces.map((trace) => trace.traceId));
    expect(kept.traces[1].state).toBe("ERROR");
    expect(kept.nextCursor).toBe("t.1");
    expect(keepRowsInPlace(undefined, fresh)).toBe(fresh);
  });
});

describe("the next page, prefetched", () => {
  it("is the very request the list makes once Next is clicked", () => {
    const first = state(`filter=${encodeURIComponent("trace.status = 'OK'")}&range=7d&at=${pin}&size=100`);
    const current = traceListRequest(first, 0);
    const cursor = encodeCursor(nextCursor(traces.slice(0, 3), current.order, true, null, null)!);
    const afterClick = traceListRequest({ ...first, after: [cursor] }, 0);
    expect(nextPageRequest(current, cursor)).toEqual(afterClick);
    expect(afterClick.page).toBe(2);
    expect(afterClick.cursor).not.toBeNull();
  });
});
