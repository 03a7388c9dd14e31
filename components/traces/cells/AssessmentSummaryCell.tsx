import type { AssessmentSummary, Verdict } from "@/lib/traces/assessments";

const VERDICT_STYLES: Record<Verdict, string> = {
  pass: "border-emerald-300 text-emerald-800 dark:border-emerald-800 dark:text-emerald-300",
  fail: "border-red-300 text-red-700 dark:border-red-800 dark:text-red-300",
  neutral: "border-slate-300 text-slate-700 dark:border-slate-700 dark:text-slate-300",
  error: "border-amber-400 text-amber-800 dark:text-amber-300",
};

function Thumb({ up, count }: { up: boolean; count: number }) {
  return (
    <span className={`inline-flex items-center gap-0.5 ${count === 0 ? "text-slate-400" : up ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`} aria-label={`${count} thumbs ${up ? "up" : "down"}`}>
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden className={up ? "" : "rotate-180"}>
        <path fill="currentColor" d="M6 6.5 8.6 1.3a1.3 1.3 0 0 1 2.4.8L10.4 6H14a1.5 1.5 0 0 1 1.5 1.8l-1.1 5.6A2 2 0 0 1 12.5 15H6zM1 7h3.5v8H1z" />
      </svg>
      {count}
    </span>
  );
}

/** Thumbs up/down counts and judge results of one trace. */
export function AssessmentSummaryCell({ summary }: { summary: AssessmentSummary }) {
  const empty = summary.up + summary.down + summary.judges.length + summary.otherHuman.length + summary.expectations === 0;
  if (empty) return <span className="text-slate-400">—</span>;
  return (
    <span className="flex items-center gap-1 text-xs whitespace-nowrap">
      {summary.up + summary.down > 0 && (
        <span className="inline-flex gap-1.5">
          <Thumb up count={summary.up} />
          <Thumb up={false} count={summary.down} />
        </span>
      )}
      {[...summary.judges, ...summary.otherHuman].map((result, index) => (
        <span key={`${result.name}-${index}`} title={`${result.name} by ${result.source}`} data-verdict={result.verdict} className={`rounded border px-1 ${VERDICT_STYLES[result.verdict]}`}>
          {result.name}: {result.label}
        </span>
      ))}
      {summary.expectations > 0 && <span className="text-slate-500">{summary.expectations} expected</span>}
    </span>
  );
}
