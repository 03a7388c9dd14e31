import { RelativeTime } from "@/components/ui/RelativeTime";
import { PENDING_PREFIX } from "@/lib/feedback/overlay";
import type { Assessment } from "@/lib/types/assessment";
import { AssessmentValueText } from "./AssessmentValueText";
import { SourceBadge } from "./SourceBadge";

/** One verdict: value, source type, author, time, span, rationale; greyed when superseded. */
export function AssessmentLine({ assessment, spanName }: { assessment: Assessment; spanName?: string }) {
  return (
    <div className={assessment.valid ? "" : "opacity-60"}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <AssessmentValueText assessment={assessment} />
        <SourceBadge sourceType={assessment.sourceType} />
        <span className="text-xs text-slate-600 dark:text-slate-300">{assessment.sourceId || "(no author)"}</span>
        <span className="text-xs text-slate-400">
          <RelativeTime ms={assessment.updateTimeMs ?? assessment.createTimeMs} />
        </span>
        {assessment.kind === "expectation" && <span className="text-xs text-slate-500">expectation</span>}
        {assessment.spanId && <span className="rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800">span {spanName ?? assessment.spanId}</span>}
        {!assessment.valid && <span className="text-xs font-medium text-slate-500">superseded</span>}
        {assessment.assessmentId.startsWith(PENDING_PREFIX) && (
          <span role="status" className="text-xs text-slate-400">
            saving…
          </span>
        )}
      </div>
      {assessment.rationale && <p className="mt-1 line-clamp-6 text-sm break-words whitespace-pre-wrap text-slate-600 dark:text-slate-300">{assessment.rationale}</p>}
    </div>
  );
}
