import type { TraceState } from "@/lib/types/trace";

const STYLES: Record<TraceState, string> = {
  OK: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100",
  ERROR: "bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100",
  IN_PROGRESS: "bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100",
  UNKNOWN: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
};

const LABELS: Record<TraceState, string> = { OK: "OK", ERROR: "Error", IN_PROGRESS: "In progress", UNKNOWN: "Unknown state" };

export function TraceStateBadge({ state }: { state: TraceState }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-medium ${STYLES[state]}`} data-testid="trace-state" data-state={state}>
      {state === "IN_PROGRESS" && <span aria-hidden className="h-2 w-2 animate-pulse rounded-full bg-amber-500" />}
      {LABELS[state]}
    </span>
  );
}
