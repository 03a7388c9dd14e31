import { describe, expect, it } from "vitest";
import { spansWithContent, valueContains } from "./content-search";
import { toSkeleton } from "./skeleton";
import { buildSpanTree, nodeName } from "./span-tree";
import { filterMask, intersect, matchesInOrder, searchMatches, tokensByModel, typeCounts } from "./span-filters";
import { fullSpan, hexId, orphans, threeSpans } from "./test-shapes";

/** Shapes of 100,000 spans: generous, so a loaded machine does not fail them (a quadratic build would take minutes). */
const HEAVY = 60_000;

const tree = buildSpanTree(toSkeleton("tr", threeSpans(), 0));
const names = (nodes: number[]) => nodes.map((node) => nodeName(tree, node));

describe("span filters", () => {
  it("finds spans by name or type, case-insensitive, plus content matches from the server", () => {
    expect(names(matchesInOrder(tree, searchMatches(tree, "LL")))).toEqual(["a"]);
    expect(names(matchesInOrder(tree, searchMatches(tree, "B")))).toEqual(["b"]);
    expect(names(matchesInOrder(tree, searchMatches(tree, "zzz", [hexId(1)])))).toEqual(["root"]);
    expect(matchesInOrder(tree, searchMatches(tree, "  "))).toEqual([]);
  });

  it("finds the running stand-in by its label", () => {
    const running = buildSpanTree(toSkeleton("tr", orphans(), 0));
    expect(matchesInOrder(running, searchMatches(running, "running"))).toHaveLength(1);
  });

  it("filters to errors or to one type, and intersects masks", () => {
    const errors = filterMask(tree, { kind: "errors" })!;
    expect(names(matchesInOrder(tree, errors))).toEqual(["b"]);
    const llm = filterMask(tree, { kind: "type", type: "LLM" })!;
    expect(names(matchesInOrder(tree, llm))).toEqual(["a"]);
    expect(filterMask(tree, { kind: "all" })).toBeNull();
    expect(matchesInOrder(tree, intersect(errors, llm)!)).toEqual([]);
    expect(intersect(null, llm)).toBe(llm);
  });

  it("counts types and sums tokens per model", () => {
    expect(typeCounts(tree)).toEqual([["AGENT", 1], ["LLM", 1], ["TOOL", 1]]);
    expect(tokensByModel(tree)).toEqual([{ model: "gpt-4o", input: 20, output: 10, total: 30, calls: 1 }]);
  });
});

describe("content search", () => {
  it("looks into nested values, keys inside values and numbers, without matching attribute names", () => {
    expect(valueContains({ messages: [{ role: "user", content: "Where is my ORDER?" }] }, "order")).toBe(true);
    expect(valueContains({ order_id: 5 }, "order_id")).toBe(true);
    expect(valueContains([1, [2, [31337]]], "313")).toBe(true);
    expect(valueContains({ a: null }, "null")).toBe(false);
    const withInput = { ...fullSpan({ n: 7, parent: null, start: 0, end: 1 }), attributes: { "mlflow.spanInputs": { query: "refund policy" }, "mlflow.spanType": "TOOL" } };
    expect(spansWithContent([withInput], "Refund")).toEqual({ spanIds: [hexId(7)], truncated: false });
    expect(spansWithContent([withInput], "spanInputs")).toEqual({ spanIds: [], truncated: false });
    const failed = fullSpan({ n: 8, parent: null, start: 0, end: 1, error: true });
    expect(spansWithContent([failed], "runtimeerror").spanIds).toEqual([hexId(8)]);
  });

  it("walks a deeply nested value without recursion", () => {
    let deep: unknown = "needle";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(valueContains(deep, "needle")).toBe(true);
  }, HEAVY);
});
