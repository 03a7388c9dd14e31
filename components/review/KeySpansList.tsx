import { SpanThumbs } from "@/components/feedback/SpanThumbs";
import type { Assessment } from "@/lib/types/assessment";
import type { KeySpan } from "@/lib/types/review";

function duration(ms: number | null): string {
  if (ms === null) return "running";
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Model calls, tools, retrievers and failed spans, each with its own thumbs. */
export function KeySpansList({ traceId, spans, omitted, assessments }: { traceId: string; spans: KeySpan[]; omitted: number; assessments: Assessment[] }) {
  if (spans.length === 0) return <p className="text-sm text-slate-500">No model, tool or retriever spans.</p>;
  return (
    <>
      <ul aria-label="Key spans" className="divide-y divide-slate-100 dark:divide-slate-800">
        {spans.map((span) => (
          <li key={span.spanId} className="py-2" data-testid="key-span" data-span-id={span.spanId}>
            <div className="flex items-center justify-between gap-2">
              <div className="flex min-w-0 items-center gap-2 text-sm">
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">{span.type}</span>
                <span className="truncate font-mono">{span.name}</span>
                <span className="text-xs text-slate-500">{duration(span.durationMs)}</span>
                {span.status === "ERROR" && <span className="text-xs font-medium text-rose-700 dark:text-rose-300">error</span>}
              </div>
              <SpanThumbs traceId={traceId} spanId={span.spanId} spanName={span.name} assessments={assessments} compact />
            </div>
            {span.statusMessage && <p className="mt-1 text-xs text-rose-700 dark:text-rose-300">{span.statusMessage}</p>}
            {span.inputPreview && <p className="mt-1 truncate text-xs text-slate-500">in: {span.inputPreview}</p>}
            {span.outputPreview && <p className="truncate text-xs text-slate-500">out: {span.outputPreview}</p>}
          </li>
        ))}
      </ul>
      {omitted > 0 && <p className="text-xs text-slate-500">{omitted} more key spans are in the trace view.</p>}
    </>
  );
}
