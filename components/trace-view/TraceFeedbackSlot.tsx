import { TraceThumbs } from "@/components/feedback/TraceThumbs";
import type { Assessment } from "@/lib/types/assessment";

/** The header's feedback controls: thumbs up/down with a comment on the whole trace (components/feedback/). */
export function TraceFeedbackSlot({ traceId, assessments }: { traceId: string; assessments: Assessment[] | null }) {
  return (
    <div data-slot="trace-feedback" data-trace-id={traceId}>
      {assessments && <TraceThumbs traceId={traceId} assessments={assessments} />}
    </div>
  );
}
