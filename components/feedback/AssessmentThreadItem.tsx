"use client";

import { useState } from "react";
import { canOverride, isOwnedBy, type AssessmentThread } from "@/lib/feedback/chains";
import { PENDING_PREFIX } from "@/lib/feedback/overlay";
import type { Assessment } from "@/lib/types/assessment";
import { AssessmentLine } from "./AssessmentLine";

interface AssessmentThreadItemProps {
  thread: AssessmentThread;
  annotatorId: string | null;
  spanNames?: Record<string, string>;
  onEdit: (assessment: Assessment) => void;
  onDelete: (assessment: Assessment) => void;
  onOverride: (assessment: Assessment) => void;
}

const action = "rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800";

/** The latest verdict with its actions, and the chain of verdicts it superseded. */
export function AssessmentThreadItem({ thread, annotatorId, spanNames, onEdit, onDelete, onOverride }: AssessmentThreadItemProps) {
  const { head, superseded } = thread;
  const [confirming, setConfirming] = useState(false);
  const pending = head.assessmentId.startsWith(PENDING_PREFIX);
  const own = isOwnedBy(head, annotatorId) && !pending;
  return (
    <li className="py-2" data-testid="assessment" data-assessment-id={head.assessmentId} data-source-type={head.sourceType} data-valid={String(head.valid)}>
      <div className="flex items-start justify-between gap-2">
        <AssessmentLine assessment={head} spanName={head.spanId ? spanNames?.[head.spanId] : undefined} />
        <div className="flex shrink-0 gap-1">
          {own && head.kind !== "unknown" && (
            <button type="button" className={action} onClick={() => onEdit(head)}>
              Edit
            </button>
          )}
          {own &&
            (confirming ? (
              <>
                <button type="button" className={`${action} text-rose-700 dark:text-rose-300`} onClick={() => {
                    setConfirming(false);
                    onDelete(head);
                  }}>
                  Yes, delete
                </button>
                <button type="button" className={action} onClick={() => setConfirming(false)}>
                  Keep
                </button>
              </>
            ) : (
              <button type="button" className={action} onClick={() => setConfirming(true)}>
                Delete
              </button>
            ))}
          {canOverride(head) && (
            <button type="button" className={action} onClick={() => onOverride(head)}>
              Override
            </button>
          )}
        </div>
      </div>
      {superseded.length > 0 && (
        <details className="mt-1 ml-3 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
          <summary className="cursor-pointer text-xs text-slate-500">
            Supersedes {superseded.length} earlier verdict{superseded.length > 1 ? "s" : ""}
          </summary>
          <ol className="mt-1 space-y-2" aria-label="Superseded verdicts">
            {superseded.map((old) => (
              <li key={old.assessmentId} data-testid="superseded-assessment" data-assessment-id={old.assessmentId}>
                <AssessmentLine assessment={old} spanName={old.spanId ? spanNames?.[old.spanId] : undefined} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
