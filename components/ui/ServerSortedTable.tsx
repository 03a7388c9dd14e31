"use client";

import { type ColumnDef, type RowData, tableFeatures, useTable } from "@tanstack/react-table";
import { SortHeader, ariaSort, type SortState } from "./SortableTable";

/** The features of a table whose sorting and paging happen on the server: none in the browser. */
export const serverSortedFeatures = tableFeatures({});

interface ServerSortedTableProps<Row extends RowData, Sort extends string> {
  label: string;
  columns: ColumnDef<typeof serverSortedFeatures, Row>[];
  rows: Row[];
  rowId: (row: Row) => string;
  /** Extra attributes per row, e.g. its test id and the id it stands for. */
  rowAttributes: (row: Row) => Record<`data-${string}`, string>;
  /** Column id → the server-side sort it stands for. */
  sortColumns: Partial<Record<string, Sort>>;
  sorting: SortState<Sort>;
  onSortingChange: (next: SortState<Sort>) => void;
}

/** Rows sorted by the tracking server; the table only reports header clicks. */
export function ServerSortedTable<Row extends RowData, Sort extends string>({ label, columns, rows, rowId, rowAttributes, sortColumns, sorting, onSortingChange }: ServerSortedTableProps<Row, Sort>) {
  const table = useTable({ features: serverSortedFeatures, columns, data: rows, getRowId: rowId });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" aria-label={label}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-700 dark:text-slate-300">
              {group.headers.map((header) => {
                const sortKey = sortColumns[header.column.id];
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
            <tr key={row.id} {...rowAttributes(row.original)} className="border-b border-slate-100 align-top hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900">
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
