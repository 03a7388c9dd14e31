"use client";

import type { RefObject } from "react";
import type { CriticalPathMode, SpanFilter } from "@/lib/url/trace-view";

interface TraceToolbarProps {
  searchRef: RefObject<HTMLInputElement | null>;
  search: string;
  onSearchChange: (text: string) => void;
  matchCount: number;
  matchPosition: number;
  searchingContent: boolean;
  onStepMatch: (delta: 1 | -1) => void;
  show: SpanFilter;
  types: [string, number][];
  errorCount: number;
  onShowChange: (show: SpanFilter) => void;
  critical: CriticalPathMode;
  onCriticalChange: (mode: CriticalPathMode) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  onExpandLevel: () => void;
  onCollapseLevel: () => void;
  zoomed: boolean;
  onResetZoom: () => void;
  onHelp: () => void;
}

const button = "rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800";
const select = "rounded border border-slate-300 bg-white px-1 py-1 text-xs dark:border-slate-700 dark:bg-slate-900";

function showValue(show: SpanFilter) {
  return show.kind === "type" ? `type:${show.type}` : show.kind;
}

/** Search with match count, filters, critical path, collapse/expand and zoom controls. */
export function TraceToolbar({ searchRef, ...props }: TraceToolbarProps) {
  const { search, matchCount, matchPosition } = props;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="trace-toolbar">
      <div className="flex items-center gap-1">
        <input
          ref={searchRef}
          type="search"
          aria-label="Search spans"
          placeholder="Search names, types, inputs, outputs (/)"
          value={search}
          onChange={(event) => props.onSearchChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              props.onStepMatch(event.shiftKey ? -1 : 1);
            }
            if (event.key === "Escape") event.currentTarget.blur();
          }}
          className="w-72 rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        {search.trim() && (
          <span className="min-w-20 text-xs text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="search-count">
            {matchCount === 0 ? (props.searchingContent ? "searching…" : "no match") : `${matchPosition >= 0 ? `${matchPosition + 1} of ` : ""}${matchCount} match${matchCount === 1 ? "" : "es"}`}
            {props.searchingContent && matchCount > 0 ? " …" : ""}
          </span>
        )}
        <button type="button" className={button} aria-label="Previous match" disabled={matchCount === 0} onClick={() => props.onStepMatch(-1)}>
          ↑
        </button>
        <button type="button" className={button} aria-label="Next match" disabled={matchCount === 0} onClick={() => props.onStepMatch(1)}>
          ↓
        </button>
      </div>
      <label className="flex items-center gap-1 text-xs">
        <span>Show</span>
        <select
          className={select}
          aria-label="Show spans"
          value={showValue(props.show)}
          onChange={(event) => {
            const value = event.target.value;
            props.onShowChange(value === "errors" ? { kind: "errors" } : value.startsWith("type:") ? { kind: "type", type: value.slice(5) } : { kind: "all" });
          }}
        >
          <option value="all">all spans</option>
          <option value="errors">errors only ({props.errorCount})</option>
          {props.types.map(([type, count]) => (
            <option key={type} value={`type:${type}`}>
              {type} ({count})
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 text-xs">
        <span>Critical path</span>
        <select className={select} aria-label="Critical path" value={props.critical} onChange={(event) => props.onCriticalChange(event.target.value as CriticalPathMode)}>
          <option value="off">off</option>
          <option value="highlight">highlight</option>
          <option value="only">show only it</option>
        </select>
      </label>
      <div className="flex items-center gap-1">
        <button type="button" className={button} onClick={props.onExpandAll}>Expand all</button>
        <button type="button" className={button} onClick={props.onCollapseAll}>Collapse all</button>
        <button type="button" className={button} onClick={props.onExpandLevel} title="Expand one more level">+1 level</button>
        <button type="button" className={button} onClick={props.onCollapseLevel} title="Collapse the deepest open level">−1 level</button>
      </div>
      {props.zoomed && (
        <button type="button" className={button} onClick={props.onResetZoom}>
          Reset zoom
        </button>
      )}
      <button type="button" className={`${button} ml-auto`} onClick={props.onHelp} aria-label="Keyboard shortcuts">
        ? Keys
      </button>
    </div>
  );
}
