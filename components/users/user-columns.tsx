"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { serverSortedFeatures } from "@/components/ui/ServerSortedTable";
import { userHref } from "@/components/sessions/session-links";
import { ThumbsTallyText } from "@/components/sessions/ThumbsTallyText";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { PendingFigure } from "@/components/ui/SortableTable";
import { thumbsUpRatio } from "@/lib/aggregate/users";
import { formatPercent } from "@/lib/format/figures";
import { formatCount } from "@/lib/format/duration";
import type { UserListRow, UserSort, UserSummary } from "@/lib/types/session";

const helper = createColumnHelper<typeof serverSortedFeatures, UserListRow>();

export const USER_SORT_COLUMNS: Partial<Record<string, UserSort>> = {
  lastSeen: "lastSeen",
  sessions: "sessions",
  traces: "traces",
  tokens: "tokens",
  errors: "errors",
};

const figure = (render: (summary: UserSummary) => React.ReactNode) =>
  function FigureCell({ row }: { row: { original: UserListRow } }) {
    return row.original.summary ? <>{render(row.original.summary)}</> : <PendingFigure />;
  };

export function userColumns(experimentId: string) {
  return helper.columns([
    helper.accessor("userId", {
      id: "user",
      header: "User",
      cell: ({ row }) => (
        <Link prefetch={false} href={userHref(experimentId, row.original.userId)} className="font-medium text-teal-700 hover:underline dark:text-teal-400">
          {row.original.userId}
        </Link>
      ),
    }),
    helper.display({ id: "firstSeen", header: "First seen", cell: figure((summary) => <RelativeTime ms={summary.firstSeenMs} />) }),
    helper.display({ id: "lastSeen", header: "Last seen", cell: ({ row }) => <RelativeTime ms={row.original.summary?.lastSeenMs ?? row.original.lastSeenMs} /> }),
    helper.display({ id: "sessions", header: "Sessions", cell: figure((summary) => <span data-testid="user-sessions-cell">{summary.sessions}</span>) }),
    helper.display({ id: "traces", header: "Traces", cell: figure((summary) => <span data-testid="user-traces-cell">{summary.traces}</span>) }),
    helper.display({ id: "tokens", header: "Tokens", cell: figure((summary) => formatCount(summary.totalTokens)) }),
    helper.display({ id: "errors", header: "Errors", cell: figure((summary) => summary.errors) }),
    helper.display({
      id: "thumbsUp",
      header: "Thumbs up",
      cell: figure((summary) => (
        <span className="inline-flex gap-2">
          <span>{formatPercent(thumbsUpRatio(summary.thumbs))}</span>
          <span className="text-xs text-slate-500">
            <ThumbsTallyText thumbs={summary.thumbs} />
          </span>
        </span>
      )),
    }),
  ]);
}
