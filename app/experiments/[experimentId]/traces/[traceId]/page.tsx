import { notFound } from "next/navigation";
import { Suspense } from "react";
import { TraceView } from "@/components/trace-view/TraceView";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { ID_PATTERN } from "@/lib/api/request-guards";
import { warmTrace } from "@/lib/server/trace-cache";

export default async function TracePage({ params }: { params: Promise<{ experimentId: string; traceId: string }> }) {
  const { experimentId, traceId } = await params;
  if (!ID_PATTERN.test(traceId)) notFound();
  // The tracking server's part (the longest for a big trace) starts now, not after the page's scripts load.
  warmTrace(traceId);
  return (
    <Suspense fallback={<LoadingRows label="Loading the trace" />}>
      {/* Keyed by trace: moving to the next trace starts with fresh collapse state and cursor. */}
      <TraceView key={traceId} experimentId={experimentId} traceId={traceId} />
    </Suspense>
  );
}
