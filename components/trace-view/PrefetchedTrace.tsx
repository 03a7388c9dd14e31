import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { Suspense } from "react";
import { getTraceInfo } from "@/lib/mlflow/client";
import { traceDetailQueries } from "@/lib/queries/trace-detail";
import { cachedSkeleton } from "@/lib/server/trace-cache";
import { firstScreenPlan } from "@/lib/trace/first-screen";
import type { TraceSummary } from "@/lib/types/trace";
import type { TraceSkeleton } from "@/lib/types/trace-skeleton";
import { TraceLoading } from "./TraceLoading";
import { TraceView } from "./TraceView";

interface Props {
  experimentId: string;
  traceId: string;
}

/** The info answers in milliseconds; a tracking server slower than this is left to the browser's own requests and messages. */
const INFO_WAIT_MS = 5_000;

/**
 * The trace page with its info, and for traces up to a size (lib/trace/first-screen.ts) its span
 * skeleton, loaded on the server with the loaders the API routes use, so the header and the first
 * screen of spans are in the page's HTML. Whatever fails here the browser asks for again, and it
 * shows the error.
 */
export async function PrefetchedTrace({ experimentId, traceId }: Props) {
  const info = await getTraceInfo(traceId, { timeoutMs: INFO_WAIT_MS }).catch(() => null);
  const plan = info ? firstScreenPlan(info.sizeStats) : "browser";
  if (!info || plan === "browser") return <PrefetchedView experimentId={experimentId} traceId={traceId} info={info} skeleton={null} />;
  if (plan === "inline") return <WithSkeleton experimentId={experimentId} traceId={traceId} info={info} />;
  return (
    <Suspense fallback={<TraceLoading sizeStats={info.sizeStats} waitingForInfo={false} />}>
      <WithSkeleton experimentId={experimentId} traceId={traceId} info={info} />
    </Suspense>
  );
}

async function WithSkeleton({ experimentId, traceId, info }: Props & { info: TraceSummary }) {
  const skeleton = await cachedSkeleton(traceId).catch(() => null);
  return <PrefetchedView experimentId={experimentId} traceId={traceId} info={info} skeleton={skeleton} />;
}

function PrefetchedView({ experimentId, traceId, info, skeleton }: Props & { info: TraceSummary | null; skeleton: TraceSkeleton | null }) {
  const queryClient = new QueryClient();
  if (info) queryClient.setQueryData(traceDetailQueries.info(traceId).queryKey, info);
  if (skeleton) queryClient.setQueryData(traceDetailQueries.skeleton(traceId, false).queryKey, skeleton);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <TraceView experimentId={experimentId} traceId={traceId} />
    </HydrationBoundary>
  );
}
