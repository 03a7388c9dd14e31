"use client";

import { useState } from "react";

/** The filter being reviewed (MLflow's filter language); editing it starts a new review. */
export function ReviewFilterBar({ filter, onCommit }: { filter: string; onCommit: (filter: string) => void }) {
  const [draft, setDraft] = useState(filter);
  return (
    <form
      className="flex gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        onCommit(draft.trim());
      }}
    >
      <label className="sr-only" htmlFor="review-filter">
        Filter of the traces to review
      </label>
      <input
        id="review-filter"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        placeholder="All traces — or a filter, e.g. trace.status = 'ERROR'"
        className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1.5 font-mono text-sm dark:border-slate-700 dark:bg-slate-950"
      />
      <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
        Review these
      </button>
    </form>
  );
}
