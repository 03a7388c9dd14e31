"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { experimentQueries } from "@/lib/queries/experiments";
import { EXPERIMENT_TABS } from "./experiment-tabs";

/** The experiment's name and its screens; shared by every page under /experiments/<id>. */
export function ExperimentHeader({ experimentId }: { experimentId: string }) {
  const { data, error } = useQuery(experimentQueries.detail(experimentId));
  const active = useSelectedLayoutSegment();
  return (
    <div className="mb-4 space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500 dark:text-slate-400">
        <Link prefetch={false} href="/" className="hover:underline">
          Experiments
        </Link>
        <span aria-hidden> / </span>
        <span className="font-medium text-slate-900 dark:text-slate-100" data-testid="experiment-name">
          {data?.name ?? (error ? `Experiment ${experimentId}` : "…")}
        </span>
      </nav>
      <nav aria-label="Experiment screens" className="flex gap-1 border-b border-slate-200 dark:border-slate-800">
        {/* Links here and elsewhere do not prefetch: every screen reads the tracking server when it
            renders, and prefetching each tab and row link would multiply that load on every view. */}
        {EXPERIMENT_TABS.map((tab) => (
          <Link
            prefetch={false}
            key={tab.segment}
            href={`/experiments/${encodeURIComponent(experimentId)}/${tab.segment}`}
            aria-current={active === tab.segment ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${active === tab.segment ? "border-teal-600 font-medium" : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
