import Link from "next/link";
import type { ReactNode } from "react";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { formatBytes, formatCount, formatDuration } from "@/lib/format/duration";
import { formatAbsoluteTime } from "@/lib/format/time";
import type { ModelTokens } from "@/lib/trace/span-filters";
import type { TraceSummary } from "@/lib/types/trace";
import { AssessmentsPanel } from "@/components/feedback/AssessmentsPanel";
import { LiveAssessments } from "@/components/feedback/LiveAssessments";
import { AssessmentsSummary } from "./AssessmentsSummary";
import { TraceFeedbackSlot } from "./TraceFeedbackSlot";
import { TraceNeighborLinks } from "./TraceNeighborLinks";
import { TraceTags } from "./TraceTags";
import { TraceStateBadge } from "./TraceStateBadge";
import type { NeighborLinks } from "./useNeighborTraces";

interface TraceHeaderProps {
  experimentId: string;
  traceId: string;
  info: TraceSummary | null;
  spanCount: number | null;
  modelTokens: ModelTokens[];
  neighbors: NeighborLinks;
  onAddTag: (key: string, value: string) => Promise<unknown>;
  onRemoveTag: (key: string) => Promise<unknown>;
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="max-w-[22rem] min-w-0">
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="truncate text-sm" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

const base = (experimentId: string) => `/experiments/${encodeURIComponent(experimentId)}`;

/** Who, when, how long, how many tokens; tags, assessments and the neighbouring traces. */
export function TraceHeader({ experimentId, traceId, info, spanCount, modelTokens, neighbors, onAddTag, onRemoveTag }: TraceHeaderProps) {
  const tokens = info?.tokens;
  return (
    <header className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="trace-header">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold">
            <span className="truncate" data-testid="trace-name">{info?.name ?? traceId}</span>
            {info && <TraceStateBadge state={info.state} />}
          </h1>
          <p className="font-mono text-xs text-slate-500" data-testid="trace-id">{traceId}</p>
        </div>
        <div className="flex items-center gap-3">
          <TraceFeedbackSlot traceId={traceId} assessments={info?.assessments ?? null} />
          <TraceNeighborLinks neighbors={neighbors} />
        </div>
      </div>
      {info && (
        <dl className="flex flex-wrap gap-x-8 gap-y-2">
          <Fact label="Request time">
            <span title={formatAbsoluteTime(info.requestTimeMs)}>
              <RelativeTime ms={info.requestTimeMs} />
            </span>
          </Fact>
          <Fact label="Latency" testId="trace-latency">{info.state === "IN_PROGRESS" ? "running" : formatDuration(info.durationMs)}</Fact>
          <Fact label="Spans" testId="trace-span-count">
            {formatCount(spanCount ?? info.sizeStats?.numSpans ?? null)}
            {info.sizeStats?.totalSizeBytes ? <span className="text-slate-500"> · {formatBytes(info.sizeStats.totalSizeBytes)}</span> : null}
          </Fact>
          <Fact label="Tokens (in / out / total)" testId="trace-tokens">
            {tokens ? `${formatCount(tokens.input)} / ${formatCount(tokens.output)} / ${formatCount(tokens.total)}` : "—"}
          </Fact>
          <Fact label="User" testId="trace-user">
            {info.user ? <Link prefetch={false} className="text-teal-700 hover:underline dark:text-teal-400" href={`${base(experimentId)}/users/${encodeURIComponent(info.user)}`}>{info.user}</Link> : "—"}
          </Fact>
          <Fact label="Session" testId="trace-session">
            {info.session ? <Link prefetch={false} className="text-teal-700 hover:underline dark:text-teal-400" href={`${base(experimentId)}/sessions/${encodeURIComponent(info.session)}`}>{info.session}</Link> : "—"}
          </Fact>
          <Fact label="Client request id" testId="trace-client-request-id">{info.clientRequestId ?? "—"}</Fact>
          <Fact label="Cost">{info.costUsd !== null ? `$${info.costUsd.toFixed(4)}` : "—"}</Fact>
        </dl>
      )}
      {modelTokens.length > 0 && (
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400" data-testid="trace-model-tokens">
          {modelTokens.map((entry) => (
            <span key={entry.model} data-model={entry.model}>
              <span className="font-mono">{entry.model}</span>: {formatCount(entry.input)} in / {formatCount(entry.output)} out / {formatCount(entry.total)} total ({entry.calls} call{entry.calls === 1 ? "" : "s"})
            </span>
          ))}
        </p>
      )}
      {info && (
        <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
          <TraceTags tags={info.tags} onAdd={onAddTag} onRemove={onRemoveTag} />
          <LiveAssessments traceId={traceId} assessments={info.assessments}>
            {(assessments) => <AssessmentsSummary assessments={assessments} />}
          </LiveAssessments>
        </div>
      )}
      {info && (
        <details data-testid="trace-assessments">
          <summary className="cursor-pointer text-xs text-slate-600 dark:text-slate-400">Add, edit or override assessments</summary>
          <div className="mt-2 max-w-3xl">
            <AssessmentsPanel traceId={traceId} assessments={info.assessments} />
          </div>
        </details>
      )}
    </header>
  );
}
