"use client";

import type { Assessment } from "@/lib/types/assessment";
import { AssessmentsPanel } from "./AssessmentsPanel";
import { SpanThumbs } from "./SpanThumbs";

/** A span's feedback: your thumbs (with a comment), and its assessments with add, edit and override. */
export function SpanFeedback({ traceId, spanId, spanName, assessments }: { traceId: string; spanId: string; spanName?: string; assessments: Assessment[] }) {
  return (
    <div className="space-y-4" data-testid="span-feedback">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600 dark:text-slate-300">Your vote on this span</span>
        <SpanThumbs traceId={traceId} spanId={spanId} spanName={spanName} assessments={assessments} />
      </div>
      <AssessmentsPanel traceId={traceId} assessments={assessments} spanId={spanId} />
    </div>
  );
}
