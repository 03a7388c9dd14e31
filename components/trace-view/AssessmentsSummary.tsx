import type { Assessment } from "@/lib/types/assessment";

function formatValue(assessment: Assessment): string {
  if (assessment.error) return `error: ${assessment.error.message ?? assessment.error.code ?? "unknown"}`;
  const value = assessment.value;
  if (value === true) return "true";
  if (value === false) return "false";
  if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(value)?.slice(0, 60) ?? "—";
}

/** The trace's valid assessments at a glance: name, value and who gave it. */
export function AssessmentsSummary({ assessments, spanId = null }: { assessments: Assessment[]; spanId?: string | null }) {
  const shown = assessments.filter((assessment) => assessment.valid && (spanId === null ? true : assessment.spanId === spanId));
  return (
    <div className="space-y-1" data-testid="assessments-summary">
      <p className="text-xs text-slate-500 dark:text-slate-400">Assessments</p>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-400">none</p>
      ) : (
        <ul className="flex flex-wrap gap-1" aria-label="Assessments">
          {shown.map((assessment) => (
            <li
              key={assessment.assessmentId}
              className="rounded bg-indigo-50 px-2 py-0.5 text-xs dark:bg-indigo-950"
              data-assessment={assessment.name}
              title={[assessment.rationale, assessment.sourceId && `by ${assessment.sourceId}`, assessment.spanId && `on span ${assessment.spanId}`].filter(Boolean).join(" · ") || undefined}
            >
              <span className="font-medium">{assessment.name}</span>: {formatValue(assessment)}
              <span className="ml-1 text-[10px] tracking-wide text-slate-500 uppercase">{assessment.sourceType}</span>
              {assessment.kind === "expectation" && <span className="ml-1 text-[10px] text-slate-500">expected</span>}
              {spanId === null && assessment.spanId && <span className="ml-1 text-[10px] text-slate-500">span</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
