import { describe, expect, it } from "vitest";
import { criticalPath } from "./critical-path";
import { toSkeleton } from "./skeleton";
import { buildSpanTree, nodeName } from "./span-tree";
import { deepNesting, hugeWide, orphans, parallelWork, singleSpan } from "./test-shapes";
import type { SpanOutline } from "@/lib/types/span";

/** Shapes of 100,000 spans: generous, so a loaded machine does not fail them (a quadratic build would take minutes). */
const HEAVY = 60_000;

function pathNames(spans: SpanOutline[]) {
  const tree = buildSpanTree(toSkeleton("tr", spans, 0));
  const onPath = criticalPath(tree);
  return Array.from(tree.order)
    .filter((node) => onPath[node])
    .map((node) => nodeName(tree, node));
}

describe("criticalPath", () => {
  it("follows the last-finishing child back to the start, skipping parallel work that did not matter", () => {
    expect(pathNames(parallelWork())).toEqual(["root", "fetch", "parallel", "slow", "write"]);
  });

  it("is just the span for a single span", () => {
    expect(pathNames(singleSpan())).toEqual(["S1"]);
  });

  it("takes every sequential child of a wide trace", () => {
    expect(pathNames(hugeWide(1000))).toHaveLength(1001);
  });

  it("walks a 100,000-deep chain without recursion", () => {
    expect(pathNames(deepNesting(100_000))).toHaveLength(100_000);
  }, HEAVY);

  it("runs through the stand-in root of an in-progress trace", () => {
    expect(pathNames(orphans())).toEqual(["(running: not reported yet)", "search", "plan", "nested"]);
  });
});
