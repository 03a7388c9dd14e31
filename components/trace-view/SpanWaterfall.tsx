"use client";

import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from "react";
import type { SpanTree } from "@/lib/trace/span-tree";
import type { TimeWindow } from "@/lib/trace/waterfall";
import { ROW_GRID, ROW_HEIGHT, SpanRow } from "./SpanRow";
import { TimeAxis } from "./TimeAxis";
import { useVirtualRows } from "./useVirtualRows";

export interface WaterfallHandle {
  scrollToRow: (index: number, align?: "auto" | "center") => void;
}

interface SpanWaterfallProps {
  ref?: Ref<WaterfallHandle>;
  tree: SpanTree;
  rows: Int32Array;
  window: TimeWindow;
  collapsed: Uint8Array;
  selectedNode: number;
  cursorNode: number;
  matchMask: Uint8Array;
  currentMatchNode: number;
  criticalMask: Uint8Array | null;
  onToggle: (node: number) => void;
  onSelect: (node: number) => void;
  onZoom: (window: TimeWindow) => void;
}

/**
 * The span tree and waterfall in one virtualized list: only the rows in view are mounted. When the
 * rows change (a refresh of an in-progress trace, a collapse), the first row in view stays put.
 */
export function SpanWaterfall({ ref, tree, rows, window, collapsed, selectedNode, cursorNode, matchMask, currentMatchNode, criticalMask, onToggle, onSelect, onZoom }: SpanWaterfallProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { range, totalHeight, scrollToRow } = useVirtualRows(scrollRef, rows.length, ROW_HEIGHT);
  useImperativeHandle(ref, () => ({ scrollToRow }), [scrollToRow]);

  // The row at the top of the view, noted on every scroll, so a change of rows (a refresh of an
  // in-progress trace, a collapse above) can keep it where the reader left it.
  const anchor = useRef<{ key: string; offset: number } | null>(null);
  const shown = useRef({ rows, tree });
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const note = () => {
      const { rows: current, tree: currentTree } = shown.current;
      const top = Math.floor(element.scrollTop / ROW_HEIGHT);
      anchor.current = top < current.length ? { key: currentTree.keys[current[top]], offset: element.scrollTop - top * ROW_HEIGHT } : null;
    };
    note();
    element.addEventListener("scroll", note, { passive: true });
    return () => element.removeEventListener("scroll", note);
  }, []);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const before = shown.current;
    shown.current = { rows, tree };
    if (!element || before.rows === rows || !anchor.current) return;
    const node = tree.indexByKey.get(anchor.current.key);
    const index = node === undefined ? -1 : rows.indexOf(node);
    if (index >= 0) element.scrollTop = index * ROW_HEIGHT + anchor.current.offset;
  }, [rows, tree]);

  const items = [];
  for (let index = range.first; index <= range.last; index++) {
    const node = rows[index];
    items.push(
      <SpanRow
        key={tree.keys[node]}
        tree={tree}
        node={node}
        index={index}
        window={window}
        collapsed={collapsed[node] === 1}
        selected={node === selectedNode}
        cursor={node === cursorNode}
        match={matchMask[node] === 1}
        currentMatch={node === currentMatchNode}
        critical={criticalMask?.[node] === 1}
        onToggle={onToggle}
        onSelect={onSelect}
      />,
    );
  }

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className={`border-b border-slate-200 bg-slate-50 pr-2 text-xs text-slate-500 dark:border-slate-800 dark:bg-slate-900 ${ROW_GRID}`} style={{ height: 32 }}>
        <span className="pl-2">Span ({rows.length.toLocaleString("en-US")} shown)</span>
        <span className="text-right">Tokens</span>
        <span className="text-right">Total</span>
        <span className="text-right">Self</span>
        <TimeAxis window={window} onZoom={onZoom} />
      </div>
      <div ref={scrollRef} className="relative min-h-0 flex-1 overflow-auto" data-testid="span-waterfall" tabIndex={-1}>
        <div role="tree" aria-label="Spans" style={{ height: totalHeight, position: "relative" }}>
          {items}
        </div>
      </div>
    </div>
  );
}
