import { CopyButton } from "./cells/CopyButton";

/** The exact filter string sent to MLflow for the page on screen; it works as is in mlflow.search_traces. */
export function SentFilter({ filter, page }: { filter: string; page: number }) {
  return (
    <div className="flex items-start gap-2 rounded bg-slate-50 px-2 py-1 text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-400">
      <span className="shrink-0 pt-0.5">Sent to MLflow{page > 1 ? ` (page ${page}, with its paging clauses)` : ""}:</span>
      <code data-testid="trace-filter-sent" className="min-w-0 flex-1 font-mono break-all text-slate-800 dark:text-slate-200">
        {filter || "(no filter)"}
      </code>
      <CopyButton value={filter} label="Copy the filter string" />
    </div>
  );
}
