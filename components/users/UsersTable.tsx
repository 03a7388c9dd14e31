"use client";

import { useMemo } from "react";
import { ServerSortedTable } from "@/components/ui/ServerSortedTable";
import type { SortState } from "@/components/ui/SortableTable";
import type { UserListRow, UserSort } from "@/lib/types/session";
import { USER_SORT_COLUMNS, userColumns } from "./user-columns";

interface UsersTableProps {
  experimentId: string;
  rows: UserListRow[];
  sorting: SortState<UserSort>;
  onSortingChange: (next: SortState<UserSort>) => void;
}

/** Users as rows; sorting happens on the server. */
export function UsersTable({ experimentId, rows, sorting, onSortingChange }: UsersTableProps) {
  const columns = useMemo(() => userColumns(experimentId), [experimentId]);
  return (
    <ServerSortedTable
      label="Users"
      columns={columns}
      rows={rows}
      rowId={(row) => row.userId}
      rowAttributes={(row) => ({ "data-testid": "user-row", "data-user-id": row.userId })}
      sortColumns={USER_SORT_COLUMNS}
      sorting={sorting}
      onSortingChange={onSortingChange}
    />
  );
}
