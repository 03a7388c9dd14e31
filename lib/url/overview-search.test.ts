import { describe, expect, it } from "vitest";
import { overviewApiParams, parseOverviewSearch, toOverviewParams, type OverviewSearch } from "./overview-search";

describe("the overview's URL state", () => {
  it("defaults to the last 7 days, automatic buckets, no filter, by trace name", () => {
    expect(parseOverviewSearch(new URLSearchParams())).toEqual({ range: { kind: "preset", key: "7d" }, bucket: null, filter: "", by: "name", source: "metrics" });
    expect(toOverviewParams(parseOverviewSearch(new URLSearchParams())).toString()).toBe("");
  });

  it("round-trips every field", () => {
    const states: OverviewSearch[] = [
      { range: { kind: "all" }, bucket: "1d", filter: "tags.environment = 'prod'", by: "tag:environment", source: "search" },
      { range: { kind: "custom", fromMs: 1000, toMs: 5000 }, bucket: null, filter: "", by: "status", source: "metrics" },
      { range: { kind: "preset", key: "24h" }, bucket: "15m", filter: "", by: "metadata:mlflow.trace.user", source: "metrics" },
    ];
    for (const state of states) expect(parseOverviewSearch(toOverviewParams(state))).toEqual(state);
  });

  it("ignores unknown buckets and breakdowns", () => {
    expect(parseOverviewSearch(new URLSearchParams("bucket=3d&by=color"))).toMatchObject({ bucket: null, by: "name" });
  });

  it("gives the API an explicit range, and the breakdown only to the breakdown route", () => {
    const state = parseOverviewSearch(new URLSearchParams("by=status&filter=x"));
    expect(overviewApiParams(state, { withBreakdown: false })).toBe("filter=x&range=7d");
    expect(overviewApiParams(state, { withBreakdown: true })).toBe("by=status&filter=x&range=7d");
  });
});
