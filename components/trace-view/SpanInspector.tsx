"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorState } from "@/components/ui/ErrorState";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { traceDetailQueries } from "@/lib/queries/trace-detail";
import { nodeName, nodeType, type SpanTree } from "@/lib/trace/span-tree";
import type { Assessment } from "@/lib/types/assessment";
import type { InspectorTab } from "@/lib/url/trace-view";
import { ContentView } from "./content/ContentView";
import { SpanAttributes } from "./SpanAttributes";
import { SpanEvents } from "./SpanEvents";
import { SpanFeedbackSlot } from "./SpanFeedbackSlot";
import { SpanSummary } from "./SpanSummary";

interface SpanInspectorProps {
  traceId: string;
  tree: SpanTree;
  node: number;
  tab: InspectorTab;
  assessments: Assessment[];
  onTabChange: (tab: InspectorTab) => void;
  onClose: () => void;
}

const TAB_LABELS: Record<InspectorTab, string> = { content: "Inputs & outputs", attributes: "Attributes", events: "Events", feedback: "Feedback" };

/** One span's details, fetched when it is opened: summary, then tabs for contents, attributes, events, feedback. */
export function SpanInspector({ traceId, tree, node, tab, assessments, onTabChange, onClose }: SpanInspectorProps) {
  const spanId = tree.keys[node];
  const standIn = node >= tree.spanCount;
  const running = tree.running[node] === 1;
  const span = useQuery({ ...traceDetailQueries.span(traceId, spanId, running), enabled: !standIn });
  const [raw, setRaw] = useState(false);
  const counts: Partial<Record<InspectorTab, number>> = span.data ? { attributes: Object.keys(span.data.attributes).length, events: span.data.events.length } : {};

  return (
    <aside className="flex min-h-0 w-[44%] shrink-0 flex-col rounded border border-slate-200 dark:border-slate-800" aria-label="Span inspector" data-testid="span-inspector" data-span-id={spanId}>
      <div className="flex items-start justify-between gap-2 border-b border-slate-200 p-3 dark:border-slate-800">
        <SpanSummary tree={tree} node={node} span={span.data ?? null} onShowEvents={() => onTabChange("events")} />
        <button type="button" onClick={onClose} aria-label="Close the inspector" className="rounded px-2 text-lg leading-none text-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800">
          ×
        </button>
      </div>
      {standIn ? (
        <p className="p-3 text-sm text-slate-600 dark:text-slate-400">
          The trace is still running and this span ({tree.standInFor.get(node)}) has not been reported yet; the spans below it in the tree
          have. It appears here when it ends.
        </p>
      ) : (
        <>
          <div role="tablist" aria-label="Span details" className="flex gap-1 border-b border-slate-200 px-2 dark:border-slate-800">
            {(Object.keys(TAB_LABELS) as InspectorTab[]).map((key) => (
              <button
                key={key}
                role="tab"
                type="button"
                aria-selected={tab === key}
                onClick={() => onTabChange(key)}
                className={`-mb-px border-b-2 px-2 py-1.5 text-sm ${tab === key ? "border-teal-600 font-medium" : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400"}`}
              >
                {TAB_LABELS[key]}
                {counts[key] !== undefined && <span className="ml-1 text-xs text-slate-500">{counts[key]}</span>}
              </button>
            ))}
          </div>
          <div role="tabpanel" aria-label={TAB_LABELS[tab]} className="min-h-0 flex-1 overflow-auto p-3">
            {span.isError ? (
              <ErrorState title={`Could not load span ${nodeName(tree, node)}`} message={span.error.message} onRetry={() => void span.refetch()} retrying={span.isFetching} />
            ) : !span.data ? (
              tab === "feedback" ? null : <LoadingRows rows={4} label="Loading the span" />
            ) : tab === "content" ? (
              <div className="space-y-4">
                <div className="flex items-center gap-1 text-xs" role="group" aria-label="Display">
                  <button type="button" aria-pressed={!raw} onClick={() => setRaw(false)} className={`rounded px-2 py-0.5 ${!raw ? "bg-slate-200 dark:bg-slate-700" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}>
                    Formatted
                  </button>
                  <button type="button" aria-pressed={raw} onClick={() => setRaw(true)} className={`rounded px-2 py-0.5 ${raw ? "bg-slate-200 dark:bg-slate-700" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}>
                    Raw JSON
                  </button>
                </div>
                <section aria-label="Inputs" data-testid="span-inputs">
                  <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Inputs</h3>
                  <ContentView value={span.data.inputs} label={`inputs of ${nodeName(tree, node)}`} raw={raw} />
                </section>
                <section aria-label="Outputs" data-testid="span-outputs">
                  <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Outputs</h3>
                  <ContentView value={span.data.outputs} label={`outputs of ${nodeName(tree, node)}`} raw={raw} />
                </section>
              </div>
            ) : tab === "attributes" ? (
              <SpanAttributes attributes={span.data.attributes} />
            ) : tab === "events" ? (
              <SpanEvents events={span.data.events} startTimeMs={span.data.startTimeMs} />
            ) : null}
            {tab === "feedback" && <SpanFeedbackSlot traceId={traceId} spanId={spanId} spanName={nodeName(tree, node)} assessments={assessments} />}
          </div>
        </>
      )}
      <span className="sr-only">{nodeType(tree, node)}</span>
    </aside>
  );
}
