"use client";

import { useEffect } from "react";
import { useFailedVotes, useVotesSaving, voteStatusStore } from "@/lib/queries/feedback-store";

/**
 * Votes the server refused, wherever they were cast (review mode may have moved on): none goes
 * unnoticed. Leaving the page while votes are still being sent asks for confirmation first.
 */
export function FailedVotes() {
  const failed = useFailedVotes();
  const saving = useVotesSaving();
  useEffect(() => {
    if (!saving) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saving]);
  if (failed.length === 0) return null;
  return (
    <div role="alert" className="fixed right-4 bottom-4 z-40 w-96 space-y-2" data-testid="failed-votes">
      {failed.map(([key, status]) => (
        <div key={key} className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900 shadow-lg dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
          <p className="font-medium">A vote on trace {status.traceId} was not saved</p>
          <p className="mt-1 break-words">{status.message}</p>
          <div className="mt-2 flex gap-2">
            {status.retry && (
              <button type="button" onClick={status.retry} className="rounded border border-rose-400 px-2 py-0.5 hover:bg-rose-100 dark:hover:bg-rose-900">
                Retry
              </button>
            )}
            <button type="button" onClick={() => voteStatusStore.set(key, null)} className="rounded px-2 py-0.5 hover:bg-rose-100 dark:hover:bg-rose-900">
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
