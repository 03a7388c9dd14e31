"use client";

import type { ReactNode } from "react";

export interface SortState<Sort extends string> {
  sort: Sort;
  dir: "asc" | "desc";
}

interface SortHeaderProps<Sort extends string> {
  label: ReactNode;
  /** The sort this column stands for; plain header when absent. */
  sortKey?: Sort;
  state: SortState<Sort>;
  onSort: (next: SortState<Sort>) => void;
}

/** A column header that sorts on the server: the first click sorts descending, the next flips it. */
export function SortHeader<Sort extends string>({ label, sortKey, state, onSort }: SortHeaderProps<Sort>) {
  if (!sortKey) return <>{label}</>;
  const active = state.sort === sortKey;
  return (
    <button
      type="button"
      className={`inline-flex items-center gap-1 hover:underline ${active ? "text-slate-900 dark:text-slate-100" : ""}`}
      onClick={() => onSort({ sort: sortKey, dir: active && state.dir === "desc" ? "asc" : "desc" })}
    >
      {label}
      <span aria-hidden className="text-xs">
        {active ? (state.dir === "desc" ? "▼" : "▲") : "↕"}
      </span>
    </button>
  );
}

export function ariaSort<Sort extends string>(sortKey: Sort | undefined, state: SortState<Sort>): "ascending" | "descending" | undefined {
  if (!sortKey || state.sort !== sortKey) return undefined;
  return state.dir === "asc" ? "ascending" : "descending";
}

/** A figure that is still being computed. */
export function PendingFigure() {
  return (
    <span aria-label="computing" className="inline-block h-3 w-8 animate-pulse rounded bg-slate-200 align-middle dark:bg-slate-700" />
  );
}
