import { memo } from "react";
import { formatCount, formatDuration } from "@/lib/format/duration";
import { nodeName, nodeType, type SpanTree } from "@/lib/trace/span-tree";
import { barPosition, type TimeWindow } from "@/lib/trace/waterfall";
import { typeColor } from "./span-colors";

export const ROW_HEIGHT = 28;
/** Deeper levels stop indenting and show their depth instead. */
const MAX_INDENT_LEVELS = 24;
const INDENT_PX = 12;

export const ROW_GRID = "grid grid-cols-[minmax(0,34%)_4.5rem_4.5rem_4.5rem_minmax(0,1fr)] items-center gap-x-2";

interface SpanRowProps {
  tree: SpanTree;
  node: number;
  index: number;
  window: TimeWindow;
  collapsed: boolean;
  selected: boolean;
  cursor: boolean;
  match: boolean;
  currentMatch: boolean;
  critical: boolean;
  onToggle: (node: number) => void;
  onSelect: (node: number) => void;
}

function tokensLabel(tree: SpanTree, node: number): { text: string; title: string } | null {
  const own = tree.totalTokens[node];
  const subtree = tree.subtreeTokens[node];
  if (tree.childCount[node] > 0 && subtree > 0) {
    return { text: `Σ ${formatCount(subtree)}`, title: `${formatCount(subtree)} tokens in this span and below${Number.isNaN(own) ? "" : ` (${formatCount(own)} its own)`}` };
  }
  if (Number.isNaN(own)) return null;
  return { text: formatCount(own), title: `${formatCount(tree.inputTokens[node])} in / ${formatCount(tree.outputTokens[node])} out / ${formatCount(own)} total tokens` };
}

/** One span: tree column (indent, caret, marks, name, type), tokens, total and self time, and its bar. */
export const SpanRow = memo(function SpanRow({ tree, node, index, window, collapsed, selected, cursor, match, currentMatch, critical, onToggle, onSelect }: SpanRowProps) {
  const depth = tree.depth[node];
  const type = nodeType(tree, node);
  const name = nodeName(tree, node);
  const hasChildren = tree.childCount[node] > 0;
  const running = tree.running[node] === 1;
  const error = tree.error[node] === 1;
  const duration = tree.end[node] - tree.start[node];
  const bar = barPosition(tree.start[node], tree.end[node], window);
  const tokens = tokensLabel(tree, node);
  const color = typeColor(type);
  // The duration label goes right of the bar, else left of it, else inside a bar that fills the row.
  const labelAt = !bar || bar.left + bar.width < 0.8 ? "right" : bar.left > 0.2 ? "left" : "inside";
  const background = currentMatch ? "bg-yellow-200 dark:bg-yellow-800" : selected ? "bg-teal-50 dark:bg-teal-950" : match ? "bg-yellow-50 dark:bg-yellow-950" : "hover:bg-slate-50 dark:hover:bg-slate-900";
  return (
    <div
      role="treeitem"
      aria-level={depth + 1}
      aria-expanded={hasChildren ? !collapsed : undefined}
      aria-selected={selected}
      aria-label={name}
      data-testid="span-row"
      data-span-id={tree.keys[node]}
      data-depth={depth}
      data-type={type}
      data-selected={selected || undefined}
      data-cursor={cursor || undefined}
      data-match={match || undefined}
      data-critical={critical || undefined}
      className={`absolute right-0 left-0 cursor-pointer border-l-2 pr-2 text-sm ${ROW_GRID} ${background} ${critical ? "border-amber-500" : "border-transparent"} ${cursor ? "outline outline-1 -outline-offset-1 outline-teal-600" : ""}`}
      // Each row is its own layout and paint island: rows mounted while scrolling do not relayout the others.
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT, contain: "strict" }}
      onClick={() => onSelect(node)}
    >
      <div className="flex min-w-0 items-center gap-1" style={{ paddingLeft: Math.min(depth, MAX_INDENT_LEVELS) * INDENT_PX + 4 }}>
        {depth > MAX_INDENT_LEVELS && <span className="shrink-0 font-mono text-[10px] text-slate-400" title={`depth ${depth}`}>↳{depth}</span>}
        {hasChildren ? (
          <button
            type="button"
            tabIndex={-1}
            aria-label={collapsed ? `Expand ${name}` : `Collapse ${name}`}
            data-testid="span-row-toggle"
            className="w-4 shrink-0 text-xs text-slate-500 hover:text-slate-900 dark:hover:text-slate-100"
            onClick={(event) => {
              event.stopPropagation();
              onToggle(node);
            }}
          >
            {collapsed ? "▸" : "▾"}
          </button>
        ) : (
          <span className="w-4 shrink-0" />
        )}
        {error && <span className="shrink-0 rounded-full bg-red-600 px-1 text-[10px] leading-4 font-bold text-white" title="error" data-testid="span-error-mark">!</span>}
        {running && <span className="h-2 w-2 shrink-0 animate-pulse rounded-full bg-amber-500" title="still running" data-testid="span-running-mark" />}
        <span className={`truncate ${critical ? "font-medium" : ""}`} title={name}>{name}</span>
        <span className={`shrink-0 rounded px-1 text-[10px] leading-4 ${color.badge}`}>{type}</span>
        {collapsed && <span className="shrink-0 text-[10px] text-slate-400">+{formatCount(tree.subtreeEnd[node] - tree.position[node] - 1)}</span>}
      </div>
      <div className="truncate text-right font-mono text-xs text-slate-600 dark:text-slate-400" title={tokens?.title}>{tokens?.text ?? ""}</div>
      <div className="truncate text-right font-mono text-xs">{running ? "running" : formatDuration(duration)}</div>
      <div className="truncate text-right font-mono text-xs text-slate-500">{formatDuration(tree.selfMs[node])}</div>
      <div className="relative h-full">
        {bar && (
          <>
            <div
              className={`absolute top-[8px] h-3 rounded-sm ${running ? "animate-pulse bg-amber-400" : color.bar} ${error ? "ring-2 ring-red-500" : ""} ${critical ? "outline outline-2 outline-amber-500" : ""}`}
              style={{ left: `${bar.left * 100}%`, width: `max(1px, ${bar.width * 100}%)` }}
              data-testid="span-bar"
            />
            <span
              className={`absolute top-[6px] font-mono text-[10px] whitespace-nowrap ${labelAt === "inside" ? "text-white" : "text-slate-500"}`}
              style={
                labelAt === "right"
                  ? { left: `calc(${(bar.left + bar.width) * 100}% + 4px)` }
                  : labelAt === "left"
                    ? { right: `calc(${(1 - bar.left) * 100}% + 4px)` }
                    : { left: `calc(${bar.left * 100}% + 4px)` }
              }
            >
              {running ? "running" : formatDuration(duration)}
            </span>
          </>
        )}
      </div>
    </div>
  );
});
