"use client";

import { Fragment, useMemo, useState } from "react";
import { useTable } from "@tanstack/react-table";
import { columnSpec } from "@/lib/traces/columns";
import type { SortState } from "@/lib/traces/list-url";
import type { TraceSummary } from "@/lib/types/trace";
import { type TraceCellContext, buildTraceColumns, traceTableFeatures } from "./trace-columns";

interface TracesTableProps {
  traces: TraceSummary[];
  /** The rows are the previous page's while the next one loads. */
  stale: boolean;
  columnIds: readonly string[];
  sort: SortState;
  /** The sort applies to the loaded rows only (marked in the header). */
  loadedRowsOnly: boolean;
  onSortChange: (sort: SortState) => void;
  selectedId: string | null;
  onSelect: (traceId: string) => void;
  onOpen: (traceId: string) => void;
  context: TraceCellContext;
}

/** The trace list as a table: controlled (rows, sort, selection come in as props); no fetching. */
export function TracesTable({ traces, stale, columnIds, sort, loadedRowsOnly, onSortChange, selectedId, onSelect, onOpen, context }: TracesTableProps) {
  const columns = useMemo(() => buildTraceColumns(columnIds, context), [columnIds, context]);
  const table = useTable({ features: traceTableFeatures, columns, data: traces, getRowId: (row) => row.traceId });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (traceId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(traceId)) next.delete(traceId);
      else next.add(traceId);
      return next;
    });

  return (
    <div className="overflow-x-auto">
      <table className={`w-full border-collapse text-sm transition-opacity ${stale ? "opacity-50" : ""}`} aria-label="Traces" aria-busy={stale} data-testid="trace-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-700 dark:text-slate-300">
              <th className="w-6 px-1" aria-label="Expand" />
              {group.headers.map((header) => {
                const sortable = Boolean(columnSpec(header.id)?.sortValue);
                const active = sort.column === header.id;
                return (
                  <th key={header.id} className="px-2 py-2 font-medium whitespace-nowrap" aria-sort={active ? (sort.descending ? "descending" : "ascending") : undefined}>
                    {sortable ? (
                      <button
                        type="button"
                        className="inline-flex items-center gap-1 hover:text-slate-900 dark:hover:text-white"
                        onClick={() => onSortChange({ column: header.id, descending: active ? !sort.descending : header.id === "time" || header.id === "latency" || header.id === "tokens" })}
                        title={columnSpec(header.id)?.serverOrder ? "Sorted by MLflow across all pages" : "Sorts the loaded rows only"}
                      >
                        <table.FlexRender header={header} />
                        {active && <span aria-hidden>{sort.descending ? "↓" : "↑"}</span>}
                        {active && loadedRowsOnly && <span className="text-xs font-normal text-amber-700 dark:text-amber-400">(this page)</span>}
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const trace = row.original;
            const selected = trace.traceId === selectedId;
            const open = expanded.has(trace.traceId);
            return (
              <Fragment key={row.id}>
                <tr
                  data-testid="trace-row"
                  data-trace-id={trace.traceId}
                  data-state={trace.state}
                  aria-selected={selected}
                  onClick={() => onSelect(trace.traceId)}
                  onDoubleClick={() => onOpen(trace.traceId)}
                  className={`cursor-pointer border-b border-slate-100 align-top dark:border-slate-800 ${selected ? "bg-teal-50 outline outline-1 -outline-offset-1 outline-teal-500 dark:bg-teal-950" : trace.state === "ERROR" ? "bg-red-50/60 hover:bg-red-50 dark:bg-red-950/40" : "hover:bg-slate-50 dark:hover:bg-slate-900"}`}
                >
                  <td className="px-1 py-1.5">
                    <button
                      type="button"
                      aria-expanded={open}
                      aria-label={open ? "Hide full request and response" : "Show full request and response"}
                      onClick={(event) => {
                        event.stopPropagation();
                        toggle(trace.traceId);
                      }}
                      className="rounded px-1 text-slate-500 hover:bg-slate-200 dark:hover:bg-slate-700"
                    >
                      {open ? "▾" : "▸"}
                    </button>
                  </td>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="px-2 py-1.5">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
                {open && (
                  <tr className="border-b border-slate-100 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
                    <td />
                    <td colSpan={columns.length} className="px-2 py-2">
                      <FullPreviews trace={trace} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function FullPreviews({ trace }: { trace: TraceSummary }) {
  return (
    <div className="grid gap-3 md:grid-cols-2" data-testid="trace-row-previews">
      {(["Request", "Response"] as const).map((label) => {
        const text = label === "Request" ? trace.requestPreview : trace.responsePreview;
        return (
          <div key={label}>
            <div className="mb-1 text-xs font-medium text-slate-500">{label} (preview, up to 1,000 characters)</div>
            <pre className="max-h-60 overflow-auto rounded border border-slate-200 bg-white p-2 text-xs break-words whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-950">{text ?? "—"}</pre>
          </div>
        );
      })}
    </div>
  );
}
