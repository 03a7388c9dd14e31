import type { TraceState } from "@/lib/types/trace";

const STYLES: Record<TraceState, string> = {
  OK: "border-emerald-300 text-emerald-800 dark:border-emerald-800 dark:text-emerald-300",
  ERROR: "border-red-400 bg-red-600 font-semibold text-white dark:border-red-500",
  IN_PROGRESS: "border-amber-400 bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  UNKNOWN: "border-slate-300 text-slate-600",
};

const LABELS: Record<TraceState, string> = { OK: "OK", ERROR: "Error", IN_PROGRESS: "In progress", UNKNOWN: "Unknown" };

/** The trace's state; errors stand out. */
export function StateBadge({ state }: { state: TraceState }) {
  return (
    <span data-state={state} className={`inline-block rounded border px-1.5 py-0.5 text-xs whitespace-nowrap ${STYLES[state]}`}>
      {LABELS[state]}
    </span>
  );
}
