import { SpanFeedback } from "@/components/feedback/SpanFeedback";
import type { Assessment } from "@/lib/types/assessment";

/** The inspector's feedback tab: the span's thumbs and assessments (components/feedback/). */
export function SpanFeedbackSlot({ traceId, spanId, spanName, assessments }: { traceId: string; spanId: string; spanName?: string; assessments: Assessment[] }) {
  return (
    <div data-slot="span-feedback" data-trace-id={traceId} data-span-id={spanId}>
      <SpanFeedback traceId={traceId} spanId={spanId} spanName={spanName} assessments={assessments} />
    </div>
  );
}
