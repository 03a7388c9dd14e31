"use client";

import { useMemo } from "react";
import { ServerSortedTable } from "@/components/ui/ServerSortedTable";
import type { SortState } from "@/components/ui/SortableTable";
import type { SessionListRow, SessionSort } from "@/lib/types/session";
import { SESSION_SORT_COLUMNS, sessionColumns } from "./session-columns";

interface SessionsTableProps {
  experimentId: string;
  rows: SessionListRow[];
  sorting: SortState<SessionSort>;
  onSortingChange: (next: SortState<SessionSort>) => void;
}

/** Sessions as rows; sorting happens on the server. */
export function SessionsTable({ experimentId, rows, sorting, onSortingChange }: SessionsTableProps) {
  const columns = useMemo(() => sessionColumns(experimentId), [experimentId]);
  return (
    <ServerSortedTable
      label="Sessions"
      columns={columns}
      rows={rows}
      rowId={(row) => row.sessionId}
      rowAttributes={(row) => ({ "data-testid": "session-row", "data-session-id": row.sessionId })}
      sortColumns={SESSION_SORT_COLUMNS}
      sorting={sorting}
      onSortingChange={onSortingChange}
    />
  );
}
