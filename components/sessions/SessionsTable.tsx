"use client";

import { useMemo } from "react";
import { useTable } from "@tanstack/react-table";
import { SortHeader, ariaSort, type SortState } from "@/components/ui/SortableTable";
import type { SessionListRow, SessionSort } from "@/lib/types/session";
import { SESSION_SORT_COLUMNS, sessionColumns, sessionTableFeatures } from "./session-columns";

interface SessionsTableProps {
  experimentId: string;
  rows: SessionListRow[];
  sorting: SortState<SessionSort>;
  onSortingChange: (next: SortState<SessionSort>) => void;
}

/** Sessions as rows; sorting happens on the server, so the table only reports header clicks. */
export function SessionsTable({ experimentId, rows, sorting, onSortingChange }: SessionsTableProps) {
  const columns = useMemo(() => sessionColumns(experimentId), [experimentId]);
  const table = useTable({ features: sessionTableFeatures, columns, data: rows, getRowId: (row) => row.sessionId });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" aria-label="Sessions">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-700 dark:text-slate-300">
              {group.headers.map((header) => {
                const sortKey = SESSION_SORT_COLUMNS[header.column.id];
                return (
                  <th key={header.id} className="px-3 py-2 font-medium whitespace-nowrap" aria-sort={ariaSort(sortKey, sorting)}>
                    <SortHeader label={<table.FlexRender header={header} />} sortKey={sortKey} state={sorting} onSort={onSortingChange} />
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-testid="session-row" data-session-id={row.original.sessionId} className="border-b border-slate-100 align-top hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900">
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="px-3 py-2">
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
