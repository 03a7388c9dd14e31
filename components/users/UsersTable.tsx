"use client";

import { useMemo } from "react";
import { useTable } from "@tanstack/react-table";
import { SortHeader, ariaSort, type SortState } from "@/components/ui/SortableTable";
import type { UserListRow, UserSort } from "@/lib/types/session";
import { USER_SORT_COLUMNS, userColumns, userTableFeatures } from "./user-columns";

interface UsersTableProps {
  experimentId: string;
  rows: UserListRow[];
  sorting: SortState<UserSort>;
  onSortingChange: (next: SortState<UserSort>) => void;
}

export function UsersTable({ experimentId, rows, sorting, onSortingChange }: UsersTableProps) {
  const columns = useMemo(() => userColumns(experimentId), [experimentId]);
  const table = useTable({ features: userTableFeatures, columns, data: rows, getRowId: (row) => row.userId });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" aria-label="Users">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-700 dark:text-slate-300">
              {group.headers.map((header) => {
                const sortKey = USER_SORT_COLUMNS[header.column.id];
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
            <tr key={row.id} data-testid="user-row" data-user-id={row.original.userId} className="border-b border-slate-100 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900">
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
