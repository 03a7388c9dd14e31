"use client";

import { useQuery } from "@tanstack/react-query";
import { AssessmentsPanel } from "@/components/feedback/AssessmentsPanel";
import { ErrorState } from "@/components/ui/ErrorState";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { feedbackQueries } from "@/lib/queries/feedback";
import type { Assessment } from "@/lib/types/assessment";
import { ChatMessages } from "./ChatMessages";
import { KeySpansList } from "./KeySpansList";

/** The conversation, the key spans and all assessments of the trace under review. */
export function ReviewTraceDetails({ traceId, assessments }: { traceId: string; assessments: Assessment[] }) {
  const { data, error, refetch, isFetching } = useQuery(feedbackQueries.reviewTrace(traceId));
  if (error) return <ErrorState title="This trace could not be loaded" message={error.message} onRetry={() => void refetch()} retrying={isFetching} />;
  if (!data) return <LoadingRows rows={4} label="Loading the trace" />;
  const spanNames = Object.fromEntries(data.keySpans.map((span) => [span.spanId, span.name]));
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-4">
        <section aria-label="Request">
          <h3 className="mb-2 text-sm font-semibold">Request</h3>
          <ChatMessages messages={data.request} label="Request messages" />
        </section>
        <section aria-label="Response">
          <h3 className="mb-2 text-sm font-semibold">Response</h3>
          <ChatMessages messages={data.response} label="Response messages" />
        </section>
      </div>
      <div className="space-y-6">
        <section aria-label="Key spans">
          <h3 className="mb-1 text-sm font-semibold">
            Key spans <span className="font-normal text-slate-500">({data.spanCount} spans in all)</span>
          </h3>
          <KeySpansList traceId={traceId} spans={data.keySpans} omitted={data.omittedKeySpans} assessments={assessments} />
        </section>
        <AssessmentsPanel traceId={traceId} assessments={assessments} spanNames={spanNames} />
      </div>
    </div>
  );
}
