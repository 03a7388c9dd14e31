"use client";

import { useQuery } from "@tanstack/react-query";
import { serverQueries } from "@/lib/queries/experiments";

/** Which tracking server the dashboard is connected to, its MLflow version, and whether it answers. */
export function ServerStatus() {
  const { data, error } = useQuery(serverQueries.info());
  const problem = data?.problem ?? error?.message ?? null;
  const connected = data && !problem;
  return (
    <div data-testid="server-status" data-state={connected ? "connected" : problem ? "unreachable" : "checking"} className="flex items-center gap-2 text-sm" title={problem ?? undefined}>
      <span aria-hidden className={`inline-block h-2.5 w-2.5 rounded-full ${connected ? "bg-emerald-500" : problem ? "bg-red-500" : "bg-slate-400"}`} />
      <span className="text-slate-600 dark:text-slate-300">
        {data ? (
          <>
            <span className="font-mono">{data.server}</span>
            {connected ? <> · MLflow {data.version}</> : <> · unreachable</>}
          </>
        ) : problem ? (
          "dashboard server unreachable"
        ) : (
          "connecting…"
        )}
      </span>
    </div>
  );
}
