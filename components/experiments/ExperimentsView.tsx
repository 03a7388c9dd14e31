"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { experimentQueries } from "@/lib/queries/experiments";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { ExperimentsTable } from "./ExperimentsTable";

/** The first screen: the experiments on the tracking server, searchable by name (?q= in the URL). */
export function ExperimentsView() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const name = searchParams.get("q") ?? "";
  const [draft, setDraft] = useState(name);
  const query = useQuery({ ...experimentQueries.list(name), placeholderData: keepPreviousData });

  const commit = (next: string) => {
    const params = new URLSearchParams(searchParams);
    if (next.trim()) params.set("q", next.trim());
    else params.delete("q");
    router.replace(params.size ? `${pathname}?${params}` : pathname);
  };

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold">Experiments</h1>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            commit(draft);
          }}
        >
          <label className="flex items-center gap-2 text-sm">
            <span>Search by name</span>
            <input
              type="search"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
              placeholder="e.g. agent"
            />
          </label>
        </form>
      </div>
      {query.isError ? (
        <ErrorState
          title="Could not load the experiments"
          message={`${query.error.message}\nThe page keeps retrying and recovers by itself when the server answers again.`}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : query.isPending ? (
        <LoadingRows label="Loading experiments" />
      ) : query.data.experiments.length === 0 ? (
        <EmptyState title={name ? `No experiment matches “${name}”` : "No experiments yet"}>
          {!name && "Log traces with the MLflow SDK and they appear here."}
        </EmptyState>
      ) : (
        <ExperimentsTable experiments={query.data.experiments} />
      )}
    </section>
  );
}
