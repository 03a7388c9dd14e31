"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { ErrorState } from "@/components/ui/ErrorState";
import { ApiError } from "@/lib/queries/fetcher";
import { traceDetailQueries, useDeleteTraceTag, useSetTraceTag } from "@/lib/queries/trace-detail";
import { buildSpanTree } from "@/lib/trace/span-tree";
import { tokensByModel } from "@/lib/trace/span-filters";
import { TraceExplorer } from "./TraceExplorer";
import { TraceHeader } from "./TraceHeader";
import { TraceLoading } from "./TraceLoading";
import { useNeighborTraces } from "./useNeighborTraces";
import { useTraceViewUrl } from "./useTraceViewUrl";

/** The trace page: header from the trace info first, then the span skeleton, spans one by one on demand. */
export function TraceView({ experimentId, traceId }: { experimentId: string; traceId: string }) {
  const [view, updateView] = useTraceViewUrl();
  const info = useQuery(traceDetailQueries.info(traceId));
  const inProgress = info.data?.state === "IN_PROGRESS";
  // Both start at once: the info (with its size stats) answers first and tells the reader what is coming.
  const skeleton = useQuery(traceDetailQueries.skeleton(traceId, inProgress));
  const tree = useMemo(() => (skeleton.data ? buildSpanTree(skeleton.data) : null), [skeleton.data]);
  const modelTokens = useMemo(() => (tree ? tokensByModel(tree) : []), [tree]);
  const neighbors = useNeighborTraces(experimentId, info.data ?? null, view);
  const setTag = useSetTraceTag(traceId);
  const deleteTag = useDeleteTraceTag(traceId);

  if (info.isError && !(info.error instanceof ApiError && info.error.status >= 500 && skeleton.data)) {
    const missing = info.error instanceof ApiError && info.error.status === 404;
    return (
      <ErrorState
        title={missing ? `Trace ${traceId} was not found` : "Could not load the trace"}
        message={missing ? "The tracking server has no trace with this id. It may have been deleted, or it was logged to another server." : info.error.message}
        onRetry={missing ? undefined : () => void info.refetch()}
        retrying={info.isFetching}
      />
    );
  }

  return (
    <section className="space-y-3" aria-label="Trace">
      <TraceHeader
        experimentId={experimentId}
        traceId={traceId}
        info={info.data ?? null}
        spanCount={tree?.spanCount ?? null}
        modelTokens={modelTokens}
        neighbors={neighbors}
        onAddTag={(key, value) => setTag.mutateAsync({ key, value })}
        onRemoveTag={(key) => deleteTag.mutateAsync(key)}
      />
      {skeleton.isError ? (
        <ErrorState title="Could not load the spans of this trace" message={skeleton.error.message} onRetry={() => void skeleton.refetch()} retrying={skeleton.isFetching} />
      ) : !tree || !skeleton.data ? (
        <TraceLoading sizeStats={info.data?.sizeStats ?? null} waitingForInfo={info.isPending} />
      ) : (
        <TraceExplorer
          traceId={traceId}
          tree={tree}
          view={view}
          onViewChange={updateView}
          inProgress={inProgress}
          fetchedAtMs={skeleton.data.fetchedAtMs}
          assessments={info.data?.assessments ?? []}
          neighbors={neighbors}
        />
      )}
    </section>
  );
}
