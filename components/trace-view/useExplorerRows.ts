"use client";

import { useMemo } from "react";
import { criticalPath } from "@/lib/trace/critical-path";
import { filterMask, intersect, matchesInOrder, searchMatches, typeCounts } from "@/lib/trace/span-filters";
import type { SpanTree } from "@/lib/trace/span-tree";
import { collapsedMask, visibleRows, withAncestors } from "@/lib/trace/visible-rows";
import { windowFromFractions, type TimeWindow } from "@/lib/trace/waterfall";
import type { TraceViewState } from "@/lib/url/trace-view";

/** Everything the explorer derives from the tree and the view state, each part memoized on its own inputs. */
export function useExplorerRows(tree: SpanTree, view: TraceViewState, collapsed: ReadonlySet<string>, contentMatches: readonly string[]) {
  const critical = useMemo(() => (view.critical === "off" ? null : criticalPath(tree)), [tree, view.critical]);
  const keep = useMemo(() => {
    const kept = intersect(filterMask(tree, view.show), view.critical === "only" ? critical : null);
    return kept ? withAncestors(tree, kept) : null;
  }, [tree, view.show, view.critical, critical]);
  const collapsedBits = useMemo(() => collapsedMask(tree, collapsed), [tree, collapsed]);
  const rows = useMemo(() => visibleRows(tree, collapsedBits, keep), [tree, collapsedBits, keep]);
  const rowOf = useMemo(() => {
    const index = new Int32Array(tree.size).fill(-1);
    rows.forEach((node, row) => (index[node] = row));
    return index;
  }, [tree, rows]);
  const matchMask = useMemo(() => searchMatches(tree, view.q, contentMatches), [tree, view.q, contentMatches]);
  // Matches hidden by a filter cannot be shown, so they are not counted.
  const matches = useMemo(() => matchesInOrder(tree, intersect(matchMask, keep) ?? matchMask), [tree, matchMask, keep]);
  const types = useMemo(() => typeCounts(tree), [tree]);
  const errorCount = useMemo(() => tree.error.reduce((sum, flag) => sum + flag, 0), [tree]);
  const window: TimeWindow = useMemo(
    () => (view.zoom ? windowFromFractions(tree.durationMs, view.zoom.from, view.zoom.to) : { startMs: 0, endMs: tree.durationMs }),
    [tree.durationMs, view.zoom],
  );
  return { critical, collapsedBits, rows, rowOf, matchMask, matches, types, errorCount, window };
}
