import { describe, expect, it } from "vitest";
import { toSkeleton } from "./skeleton";
import { RUNNING_PARENT_NAME, ancestorsOf, buildSpanTree, childrenOf, nodeName, nodeOfSpanId, spanIdOfNode } from "./span-tree";
import { childStartsBeforeParent, deepNesting, hexId, hugeWide, missingEndTime, orphans, parentCycle, singleSpan, threeSpans, zeroDuration } from "./test-shapes";
import type { SpanOutline } from "@/lib/types/span";

/** Shapes of 100,000 spans: generous, so a loaded machine does not fail them (a quadratic build would take minutes). */
const HEAVY = 60_000;

const treeOf = (spans: SpanOutline[]) => buildSpanTree(toSkeleton("tr", spans, 0));
const namesInOrder = (tree: ReturnType<typeof treeOf>) => Array.from(tree.order, (node) => nodeName(tree, node));

describe("buildSpanTree", () => {
  it("orders children by start time in pre-order, with depth, self time and token sums", () => {
    const tree = treeOf(threeSpans());
    expect(namesInOrder(tree)).toEqual(["root", "a", "b"]);
    expect(Array.from(tree.order, (node) => tree.depth[node])).toEqual([0, 1, 1]);
    const root = tree.indexByKey.get(hexId(1))!;
    expect(tree.selfMs[root]).toBe(100 - 30 - 40);
    expect(tree.subtreeTokens[root]).toBe(30);
    expect(tree.subtreeErrors[root]).toBe(1);
    expect(tree.durationMs).toBe(100);
    expect(childrenOf(tree, root).map((node) => nodeName(tree, node))).toEqual(["a", "b"]);
  });

  it("handles a single span", () => {
    const tree = treeOf(singleSpan());
    expect(tree.size).toBe(1);
    expect(tree.selfMs[0]).toBe(100);
    expect(tree.subtreeEnd[0]).toBe(1);
  });

  it("builds a 100,000-deep chain without recursion", () => {
    const tree = treeOf(deepNesting(100_000));
    expect(tree.maxDepth).toBe(99_999);
    const leaf = tree.order[tree.size - 1];
    expect(tree.depth[leaf]).toBe(99_999);
    expect(ancestorsOf(tree, leaf)).toHaveLength(99_999);
    expect(tree.subtreeEnd[tree.order[0]]).toBe(100_000);
  }, HEAVY);

  it("builds a 50,000-wide trace with subtree sums", () => {
    const tree = treeOf(hugeWide(50_000));
    expect(tree.childCount[tree.order[0]]).toBe(50_000);
    expect(tree.subtreeTokens[tree.order[0]]).toBe(100_000);
    expect(tree.selfMs[tree.order[0]]).toBeCloseTo(1, 6);
  }, HEAVY);

  it("draws a span without an end as running up to the latest time the trace shows", () => {
    const tree = treeOf(missingEndTime());
    const open = tree.indexByKey.get(hexId(3))!;
    expect(tree.running[open]).toBe(1);
    expect(tree.end[open]).toBe(100);
  });

  it("keeps a child that starts before its parent under that parent, first", () => {
    const tree = treeOf(childStartsBeforeParent());
    expect(Array.from(tree.order, (node) => tree.keys[node])).toEqual([hexId(1), hexId(2)]);
    // Self time counts only the part of the child inside the parent.
    expect(tree.selfMs[tree.indexByKey.get(hexId(1))!]).toBe(95 - 45);
  });

  it("gives zero-duration spans zero self time", () => {
    const tree = treeOf(zeroDuration());
    expect(Array.from(tree.selfMs)).toEqual([0, 0]);
    expect(tree.durationMs).toBe(0);
  });

  it("puts orphans of an in-progress trace under one running stand-in for their missing parent", () => {
    const tree = treeOf(orphans());
    expect(tree.size).toBe(4);
    const standIn = tree.order[0];
    expect(nodeName(tree, standIn)).toBe(RUNNING_PARENT_NAME);
    expect(tree.keys[standIn]).toBe(`missing:${hexId(1)}`);
    expect(tree.standInFor.get(standIn)).toBe(hexId(1));
    expect(tree.running[standIn]).toBe(1);
    expect(tree.start[standIn]).toBe(0);
    expect(tree.end[standIn]).toBe(55);
    expect(namesInOrder(tree)).toEqual([RUNNING_PARENT_NAME, "search", "plan", "nested"]);
    expect(tree.subtreeTokens[standIn]).toBe(120);
    // The URL names the stand-in by the id of the span it stands for.
    expect(spanIdOfNode(tree, standIn)).toBe(hexId(1));
    expect(nodeOfSpanId(tree, hexId(1))).toBe(standIn);
    expect(nodeOfSpanId(tree, hexId(99))).toBe(-1);
  });

  it("cuts a parent cycle loose instead of looping or losing spans", () => {
    const tree = treeOf(parentCycle());
    expect(tree.size).toBe(3);
    expect(new Set(Array.from(tree.order)).size).toBe(3);
    expect(tree.roots.length).toBe(2);
  });
});
