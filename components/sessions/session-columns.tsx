"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { serverSortedFeatures } from "@/components/ui/ServerSortedTable";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { PendingFigure } from "@/components/ui/SortableTable";
import { formatElapsed } from "@/lib/format/figures";
import { formatCount } from "@/lib/format/duration";
import type { SessionListRow, SessionSort } from "@/lib/types/session";
import { sessionHref, userHref } from "./session-links";
import { ThumbsTallyText } from "./ThumbsTallyText";

const helper = createColumnHelper<typeof serverSortedFeatures, SessionListRow>();

/** Column id → the server-side sort it stands for. */
export const SESSION_SORT_COLUMNS: Partial<Record<string, SessionSort>> = {
  turns: "turns",
  lastActivity: "lastActivity",
  tokens: "tokens",
  errors: "errors",
};

const figure = (render: (summary: NonNullable<SessionListRow["summary"]>) => React.ReactNode) =>
  function FigureCell({ row }: { row: { original: SessionListRow } }) {
    return row.original.summary ? <>{render(row.original.summary)}</> : <PendingFigure />;
  };

export function sessionColumns(experimentId: string) {
  return helper.columns([
    helper.accessor("sessionId", {
      id: "session",
      header: "Session",
      cell: ({ row }) => (
        <Link prefetch={false} href={sessionHref(experimentId, row.original.sessionId)} className="font-mono text-xs text-teal-700 hover:underline dark:text-teal-400">
          {row.original.sessionId}
        </Link>
      ),
    }),
    helper.display({
      id: "users",
      header: "User",
      cell: ({ row }) => {
        const users = row.original.summary?.users ?? row.original.users;
        if (users.length === 0) return <span className="text-slate-400">—</span>;
        return users.map((user, index) => (
          <span key={user}>
            {index > 0 && ", "}
            <Link prefetch={false} href={userHref(experimentId, user)} className="hover:underline">
              {user}
            </Link>
          </span>
        ));
      },
    }),
    helper.display({ id: "turns", header: "Turns", cell: figure((summary) => <span data-testid="session-turns-cell">{summary.turns}</span>) }),
    helper.display({ id: "firstActivity", header: "First activity", cell: figure((summary) => <RelativeTime ms={summary.firstActivityMs} />) }),
    helper.display({
      id: "lastActivity",
      header: "Last activity",
      cell: ({ row }) => <RelativeTime ms={row.original.summary?.lastActivityMs ?? row.original.lastActivityMs} />,
    }),
    helper.display({
      id: "duration",
      header: "Duration",
      cell: figure((summary) =>
        summary.inProgress > 0 && !summary.durationMs ? "running" : `${formatElapsed(summary.durationMs)}${summary.inProgress > 0 ? " + running" : ""}`,
      ),
    }),
    helper.display({ id: "tokens", header: "Tokens", cell: figure((summary) => formatCount(summary.totalTokens)) }),
    helper.display({
      id: "errors",
      header: "Errors",
      cell: figure((summary) => (
        <span className={summary.errors > 0 ? "font-medium text-red-700 dark:text-red-400" : ""}>
          {summary.errors}
          {summary.inProgress > 0 && <span className="ml-1 text-xs font-normal text-sky-700 dark:text-sky-400">· {summary.inProgress} running</span>}
        </span>
      )),
    }),
    helper.display({ id: "feedback", header: "Feedback", cell: figure((summary) => <ThumbsTallyText thumbs={summary.thumbs} />) }),
    helper.display({
      id: "firstMessage",
      header: "First message",
      cell: figure((summary) => (
        <span className="line-clamp-2 max-w-md break-words" title={summary.firstUserMessage ?? undefined}>
          {summary.firstUserMessage ?? "—"}
        </span>
      )),
    }),
  ]);
}
