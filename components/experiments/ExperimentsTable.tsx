"use client";

import Link from "next/link";
import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import type { Experiment } from "@/lib/types/experiment";
import { RelativeTime } from "@/components/ui/RelativeTime";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Experiment>();
const columns = helper.columns([
  helper.accessor("name", {
    header: "Name",
    cell: ({ row }) => (
      <Link prefetch={false} href={`/experiments/${encodeURIComponent(row.original.experimentId)}/traces`} className="font-medium text-teal-700 hover:underline dark:text-teal-400">
        {row.original.name || "(unnamed)"}
      </Link>
    ),
  }),
  helper.accessor("experimentId", { header: "ID", cell: ({ getValue }) => <span className="font-mono text-xs">{getValue()}</span> }),
  helper.accessor("lastUpdateTimeMs", { header: "Last update", cell: ({ getValue }) => <RelativeTime ms={getValue()} /> }),
  helper.accessor("creationTimeMs", { header: "Created", cell: ({ getValue }) => <RelativeTime ms={getValue()} /> }),
]);

export function ExperimentsTable({ experiments }: { experiments: Experiment[] }) {
  const table = useTable({ features, columns, data: experiments, getRowId: (row) => row.experimentId });
  return (
    <table className="w-full border-collapse text-sm" aria-label="Experiments">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id} className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-700 dark:text-slate-300">
            {group.headers.map((header) => (
              <th key={header.id} className="px-3 py-2 font-medium">
                <table.FlexRender header={header} />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-100 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900">
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className="px-3 py-2">
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
