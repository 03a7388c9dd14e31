import { notFound } from "next/navigation";
import { PrefetchedTrace } from "@/components/trace-view/PrefetchedTrace";
import { ID_PATTERN } from "@/lib/api/request-guards";
import { warmTrace } from "@/lib/server/trace-cache";

export default async function TracePage({ params }: { params: Promise<{ experimentId: string; traceId: string }> }) {
  const { experimentId, traceId } = await params;
  if (!ID_PATTERN.test(traceId)) notFound();
  // The tracking server's part (the longest for a big trace) starts now, not after the page's scripts load.
  warmTrace(traceId);
  // Keyed by trace: moving to the next trace starts with fresh collapse state and cursor.
  return <PrefetchedTrace key={traceId} experimentId={experimentId} traceId={traceId} />;
}
