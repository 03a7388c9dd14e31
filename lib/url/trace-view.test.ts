import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, TRACE_VIEW_PARAMS, parseTraceView, toTraceViewParams, traceViewHref, type TraceViewState } from "./trace-view";

describe("trace view URL state", () => {
  it("round-trips every field", () => {
    const state: TraceViewState = {
      span: "00000000000000ab",
      tab: "events",
      q: "weather <b>",
      show: { kind: "type", type: "LLM" },
      zoom: { from: 0.125, to: 0.5 },
      critical: "only",
      listFilter: "trace.status = 'ERROR' AND tag.`env` = 'prod'",
      listOrder: "execution_time_ms ASC",
    };
    expect(parseTraceView(toTraceViewParams(state))).toEqual(state);
    expect(parseTraceView(toTraceViewParams({ ...state, show: { kind: "errors" }, critical: "highlight" }))).toMatchObject({ show: { kind: "errors" }, critical: "highlight" });
  });

  it("names every parameter it writes, so a page embedding the view can keep its own", () => {
    const full = toTraceViewParams({
      span: "00000000000000ab",
      tab: "events",
      q: "x",
      show: { kind: "errors" },
      zoom: { from: 0.1, to: 0.2 },
      critical: "highlight",
      listFilter: "",
      listOrder: "timestamp_ms DESC",
    });
    expect([...full.keys()].sort()).toEqual([...TRACE_VIEW_PARAMS].sort());
  });

  it("leaves defaults out of the URL and reads an empty URL as the defaults", () => {
    expect(toTraceViewParams(DEFAULT_VIEW).toString()).toBe("");
    expect(parseTraceView(new URLSearchParams())).toEqual(DEFAULT_VIEW);
    expect(traceViewHref("7", "tr-1", { span: "0123456789abcdef" })).toBe("/experiments/7/traces/tr-1?span=0123456789abcdef");
  });

  it("ignores values it does not understand instead of failing", () => {
    const state = parseTraceView(new URLSearchParams("span=xyz&tab=secret&zoom=0.9-0.1&cp=2&listOrder=name&show=type:"));
    expect(state).toEqual(DEFAULT_VIEW);
    expect(parseTraceView(new URLSearchParams("zoom=0-1")).zoom).toBeNull();
    expect(parseTraceView(new URLSearchParams("span=00000000000000AB")).span).toBe("00000000000000ab");
  });

  it("keeps an empty list filter, which still means the list was open", () => {
    const params = toTraceViewParams({ ...DEFAULT_VIEW, listFilter: "", listOrder: "timestamp_ms DESC" });
    expect(params.toString()).toBe("listFilter=&listOrder=timestamp_ms+DESC");
    expect(parseTraceView(params)).toMatchObject({ listFilter: "", listOrder: "timestamp_ms DESC" });
  });
});
