import { describe, expect, it } from "vitest";
import { toSkeleton } from "./skeleton";
import { buildSpanTree, nodeName } from "./span-tree";
import { deepNesting, hexId, parallelWork } from "./test-shapes";
import { allCollapsible, collapseOneLevel, collapsedMask, expandOneLevel, revealNode, visibleRows, withAncestors } from "./visible-rows";

/** Shapes of 100,000 spans: generous, so a loaded machine does not fail them (a quadratic build would take minutes). */
const HEAVY = 60_000;

const tree = buildSpanTree(toSkeleton("tr", parallelWork(), 0));
const names = (rows: Int32Array) => Array.from(rows, (node) => nodeName(tree, node));
const rowsFor = (collapsed: Set<string> | ReadonlySet<string>) => names(visibleRows(tree, collapsedMask(tree, collapsed)));

describe("visibleRows", () => {
  it("shows everything when nothing is collapsed", () => {
    expect(rowsFor(new Set())).toEqual(["root", "fetch", "parallel", "fast", "slow", "write"]);
  });

  it("skips a collapsed subtree", () => {
    expect(rowsFor(new Set([hexId(3)]))).toEqual(["root", "fetch", "parallel", "write"]);
  });

  it("collapse all leaves the root; one level at a time goes both ways", () => {
    expect(rowsFor(allCollapsible(tree))).toEqual(["root"]);
    const oneLevel = collapseOneLevel(tree, new Set());
    expect(rowsFor(oneLevel)).toEqual(["root", "fetch", "parallel", "write"]);
    expect(rowsFor(collapseOneLevel(tree, oneLevel))).toEqual(["root"]);
    expect(rowsFor(expandOneLevel(tree, allCollapsible(tree)))).toEqual(["root", "fetch", "parallel", "write"]);
  });

  it("keeps matches with their ancestors", () => {
    const marked = new Uint8Array(tree.size);
    marked[tree.indexByKey.get(hexId(5))!] = 1;
    expect(names(visibleRows(tree, new Uint8Array(tree.size), withAncestors(tree, marked)))).toEqual(["root", "parallel", "slow"]);
  });

  it("reveals a node by expanding its collapsed ancestors", () => {
    const collapsed = new Set([hexId(1), hexId(3)]);
    const revealed = revealNode(tree, collapsed, tree.indexByKey.get(hexId(5))!);
    expect([...revealed]).toEqual([]);
    expect(revealNode(tree, collapsed, tree.indexByKey.get(hexId(1))!)).toBe(collapsed);
  });

  it("flattens a 100,000-deep chain and collapses it linearly", () => {
    const deep = buildSpanTree(toSkeleton("tr", deepNesting(100_000), 0));
    expect(visibleRows(deep, new Uint8Array(deep.size))).toHaveLength(100_000);
    const mask = collapsedMask(deep, new Set([hexId(50_000)]));
    expect(visibleRows(deep, mask)).toHaveLength(50_000);
  }, HEAVY);
});
