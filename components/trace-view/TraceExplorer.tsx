"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useDeferredValue, useEffect, useRef, useState } from "react";
import { traceDetailQueries } from "@/lib/queries/trace-detail";
import { nodeOfSpanId, spanIdOfNode, type SpanTree } from "@/lib/trace/span-tree";
import { allCollapsible, collapseOneLevel, expandOneLevel, revealNode } from "@/lib/trace/visible-rows";
import type { TimeWindow } from "@/lib/trace/waterfall";
import type { Assessment } from "@/lib/types/assessment";
import type { TraceViewState } from "@/lib/url/trace-view";
import { KeyboardHelp } from "./KeyboardHelp";
import { LiveStatus } from "./LiveStatus";
import { SpanInspector } from "./SpanInspector";
import { SpanWaterfall, type WaterfallHandle } from "./SpanWaterfall";
import { TraceOverview } from "./TraceOverview";
import { TraceToolbar } from "./TraceToolbar";
import { useExplorerRows } from "./useExplorerRows";
import { useInstantSpan } from "./useInstantSpan";
import type { NeighborLinks } from "./useNeighborTraces";
import { useTraceKeyboard, type TraceKey } from "./useTraceKeyboard";

interface TraceExplorerProps {
  traceId: string;
  tree: SpanTree;
  view: TraceViewState;
  onViewChange: (patch: Partial<TraceViewState>, options?: { push?: boolean }) => void;
  inProgress: boolean;
  fetchedAtMs: number;
  assessments: Assessment[];
  neighbors: NeighborLinks;
}

const NONE: readonly string[] = [];

/**
 * The span tree with its waterfall, the toolbar over it and the inspector beside it. Collapse state
 * and the keyboard cursor are kept by span id, so a refresh of an in-progress trace keeps them.
 */
export function TraceExplorer({ traceId, tree, view, onViewChange, inProgress, fetchedAtMs, assessments, neighbors }: TraceExplorerProps) {
  const router = useRouter();
  const waterfall = useRef<WaterfallHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [cursorKey, setCursorKey] = useState<string | null>(view.span);
  const [matchPosition, setMatchPosition] = useState(-1);
  const [helpOpen, setHelpOpen] = useState(false);
  const writeSpan = useCallback((span: string | null) => onViewChange({ span }), [onViewChange]);
  const [selectedSpan, pickSpan] = useInstantSpan(view.span, writeSpan);
  const contentQuery = useDeferredValue(view.q.trim().length >= 2 ? view.q.trim() : "");
  const contentSearch = useQuery(traceDetailQueries.search(traceId, contentQuery));
  const model = useExplorerRows(tree, view, collapsed, contentQuery ? (contentSearch.data?.spanIds ?? NONE) : NONE);
  const { rows, rowOf, matches } = model;

  const selectedNode = selectedSpan ? nodeOfSpanId(tree, selectedSpan) : -1;
  // The cursor falls back to the nearest shown ancestor when its span is collapsed away.
  let cursorNode = cursorKey ? (tree.indexByKey.get(cursorKey) ?? -1) : -1;
  for (let guard = 0; cursorNode >= 0 && rowOf[cursorNode] < 0 && guard < tree.size; guard++) cursorNode = tree.parent[cursorNode];
  if (cursorNode < 0 && rows.length > 0) cursorNode = rows[0];
  const currentMatchNode = matchPosition >= 0 && matchPosition < matches.length ? matches[matchPosition] : -1;

  const moveCursor = useCallback(
    (node: number, align: "auto" | "center" = "auto") => {
      setCursorKey(tree.keys[node]);
      const row = rowOf[node];
      if (row >= 0) waterfall.current?.scrollToRow(row, align);
    },
    [tree, rowOf],
  );

  const select = useCallback(
    (node: number) => {
      setCursorKey(tree.keys[node]);
      pickSpan(spanIdOfNode(tree, node));
    },
    [tree, pickSpan],
  );

  const toggle = useCallback(
    (node: number) => {
      const key = tree.keys[node];
      setCollapsed((old) => {
        const next = new Set(old);
        if (!next.delete(key)) next.add(key);
        return next;
      });
    },
    [tree],
  );

  // A deep link opens with its span scrolled into the middle of the view (nothing is collapsed yet).
  const revealed = useRef(false);
  useEffect(() => {
    if (revealed.current || selectedNode < 0) return;
    revealed.current = true;
    requestAnimationFrame(() => waterfall.current?.scrollToRow(rowOf[selectedNode], "center"));
  }, [selectedNode, rowOf]);

  // After a reveal changes the rows, bring the wanted node into view.
  const pendingScroll = useRef<number | null>(null);
  useEffect(() => {
    if (pendingScroll.current === null) return;
    const row = rowOf[pendingScroll.current];
    pendingScroll.current = null;
    if (row >= 0) waterfall.current?.scrollToRow(row, "center");
  }, [rowOf]);

  const goToMatch = (delta: 1 | -1) => {
    if (matches.length === 0) return;
    const next = matchPosition < 0 ? (delta === 1 ? 0 : matches.length - 1) : (matchPosition + delta + matches.length) % matches.length;
    setMatchPosition(next);
    const node = matches[next];
    const opened = revealNode(tree, collapsed, node);
    select(node);
    if (opened !== collapsed) {
      pendingScroll.current = node;
      setCollapsed(opened);
    } else moveCursor(node, "center");
  };

  const onKey = (key: TraceKey): boolean | void => {
    const row = cursorNode >= 0 ? rowOf[cursorNode] : -1;
    switch (key) {
      case "down":
      case "up": {
        const next = Math.min(rows.length - 1, Math.max(0, row + (key === "down" ? 1 : -1)));
        if (rows.length > 0) moveCursor(rows[next]);
        return;
      }
      case "first":
      case "last":
        if (rows.length > 0) moveCursor(rows[key === "first" ? 0 : rows.length - 1]);
        return;
      case "left":
        if (cursorNode < 0) return;
        if (tree.childCount[cursorNode] > 0 && !model.collapsedBits[cursorNode]) toggle(cursorNode);
        else if (tree.parent[cursorNode] >= 0) moveCursor(tree.parent[cursorNode]);
        return;
      case "right":
        if (cursorNode < 0 || tree.childCount[cursorNode] === 0) return;
        if (model.collapsedBits[cursorNode]) toggle(cursorNode);
        else if (row + 1 < rows.length && tree.parent[rows[row + 1]] === cursorNode) moveCursor(rows[row + 1]);
        return;
      case "open":
        if (cursorNode >= 0) select(cursorNode);
        return;
      case "close":
        if (!selectedSpan) return false;
        pickSpan(null);
        return;
      case "search":
        searchRef.current?.focus();
        return;
      case "nextMatch":
      case "previousMatch":
        goToMatch(key === "nextMatch" ? 1 : -1);
        return;
      case "previousTrace":
      case "nextTrace": {
        const href = key === "nextTrace" ? neighbors.nextHref : neighbors.previousHref;
        if (!href) return false;
        router.push(href);
        return;
      }
      case "help":
        setHelpOpen(true);
        return;
    }
  };
  useTraceKeyboard(onKey);

  const zoomTo = useCallback(
    (window: TimeWindow) => {
      const duration = tree.durationMs || 1;
      onViewChange({ zoom: { from: window.startMs / duration, to: window.endMs / duration } }, { push: true });
    },
    [tree.durationMs, onViewChange],
  );

  return (
    <div className="space-y-2">
      <TraceToolbar
        searchRef={searchRef}
        search={view.q}
        onSearchChange={(q) => {
          setMatchPosition(-1);
          onViewChange({ q });
        }}
        matchCount={matches.length}
        matchPosition={matchPosition < matches.length ? matchPosition : -1}
        searchingContent={contentSearch.isFetching}
        onStepMatch={goToMatch}
        show={view.show}
        types={model.types}
        errorCount={model.errorCount}
        onShowChange={(show) => onViewChange({ show })}
        critical={view.critical}
        onCriticalChange={(critical) => onViewChange({ critical })}
        onExpandAll={() => setCollapsed(new Set())}
        onCollapseAll={() => setCollapsed(allCollapsible(tree))}
        onExpandLevel={() => setCollapsed(expandOneLevel(tree, collapsed))}
        onCollapseLevel={() => setCollapsed(collapseOneLevel(tree, collapsed))}
        zoomed={view.zoom !== null}
        onResetZoom={() => onViewChange({ zoom: null }, { push: true })}
        onHelp={() => setHelpOpen(true)}
      />
      {inProgress && <LiveStatus fetchedAtMs={fetchedAtMs} />}
      {selectedSpan && selectedNode < 0 && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100" data-testid="missing-span">
          Span <span className="font-mono">{selectedSpan}</span> is not in this trace{inProgress ? " yet; it opens here as soon as it is reported" : ""}.{" "}
          <button type="button" className="underline" onClick={() => pickSpan(null)}>
            Dismiss
          </button>
        </p>
      )}
      <div className="flex h-[calc(100vh-13rem)] min-h-[26rem] gap-3">
        <div className="flex min-w-0 flex-1 flex-col overflow-hidden rounded border border-slate-200 dark:border-slate-800">
          <TraceOverview tree={tree} rows={rows} zoom={view.zoom} onZoom={(zoom) => onViewChange({ zoom }, { push: true })} />
          <SpanWaterfall
            ref={waterfall}
            tree={tree}
            rows={rows}
            window={model.window}
            collapsed={model.collapsedBits}
            selectedNode={selectedNode}
            cursorNode={cursorKey ? cursorNode : -1}
            matchMask={model.matchMask}
            currentMatchNode={currentMatchNode}
            criticalMask={model.critical}
            onToggle={toggle}
            onSelect={select}
            onZoom={zoomTo}
          />
        </div>
        {selectedNode >= 0 && (
          <SpanInspector
            key={tree.keys[selectedNode]}
            traceId={traceId}
            tree={tree}
            node={selectedNode}
            tab={view.tab}
            assessments={assessments}
            onTabChange={(tab) => onViewChange({ tab })}
            onClose={() => pickSpan(null)}
          />
        )}
      </div>
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
