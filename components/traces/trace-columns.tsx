import Link from "next/link";
import type { ReactNode } from "react";
import { createColumnHelper, tableFeatures } from "@tanstack/react-table";
import { LiveAssessments } from "@/components/feedback/LiveAssessments";
import { TraceThumbs } from "@/components/feedback/TraceThumbs";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { formatLatency } from "@/lib/format/trace-figures";
import { summarizeAssessments } from "@/lib/traces/assessments";
import { METADATA_COLUMN, TAG_COLUMN, columnSpec } from "@/lib/traces/columns";
import type { TraceSummary } from "@/lib/types/trace";
import { AssessmentSummaryCell } from "./cells/AssessmentSummaryCell";
import { CopyButton } from "./cells/CopyButton";
import { PreviewText } from "./cells/PreviewText";
import { StateBadge } from "./cells/StateBadge";
import { TagList } from "./cells/TagList";
import { TokenCounts } from "./cells/TokenCounts";

// How each column of the trace list renders. The columns themselves (ids, labels, defaults, sorting)
// are data in lib/traces/columns.ts; a new column is one entry there and one renderer here.

export interface TraceCellContext {
  traceHref: (traceId: string) => string;
  sessionHref: (sessionId: string) => string;
  userHref: (userId: string) => string;
}

type Render = (trace: TraceSummary, context: TraceCellContext) => ReactNode;

const muted = <span className="text-slate-400">—</span>;
const link = "text-teal-700 hover:underline dark:text-teal-400";

export const CELL_RENDERERS: Record<string, Render> = {
  time: (trace) => (
    <span className="whitespace-nowrap">
      <RelativeTime ms={trace.requestTimeMs} />
    </span>
  ),
  state: (trace) => <StateBadge state={trace.state} />,
  name: (trace, context) =>
    trace.name ? (
      <Link prefetch={false} href={context.traceHref(trace.traceId)} className={`${link} font-medium`} onClick={(event) => event.stopPropagation()}>
        {trace.name}
      </Link>
    ) : (
      muted
    ),
  request: (trace) => <PreviewText text={trace.requestPreview} />,
  response: (trace) => <PreviewText text={trace.responsePreview} />,
  latency: (trace) => <span className="whitespace-nowrap tabular-nums">{formatLatency(trace.durationMs)}</span>,
  tokens: (trace) => <TokenCounts tokens={trace.tokens} />,
  user: (trace, context) =>
    trace.user ? (
      <Link prefetch={false} href={context.userHref(trace.user)} className={`${link} whitespace-nowrap`} onClick={(event) => event.stopPropagation()}>
        {trace.user}
      </Link>
    ) : (
      muted
    ),
  session: (trace, context) =>
    trace.session ? (
      <Link prefetch={false} href={context.sessionHref(trace.session)} className={`${link} font-mono text-xs whitespace-nowrap`} onClick={(event) => event.stopPropagation()}>
        {trace.session}
      </Link>
    ) : (
      muted
    ),
  feedback: (trace) => <TraceThumbs traceId={trace.traceId} assessments={trace.assessments} compact />,
  assessments: (trace) => (
    <LiveAssessments traceId={trace.traceId} assessments={trace.assessments}>
      {(assessments) => <AssessmentSummaryCell summary={summarizeAssessments(assessments)} />}
    </LiveAssessments>
  ),
  clientRequestId: (trace) => (trace.clientRequestId ? <span className="font-mono text-xs">{trace.clientRequestId}</span> : muted),
  tags: (trace) => <TagList tags={trace.tags} />,
  traceId: (trace, context) => (
    <span className="flex items-center gap-1 whitespace-nowrap">
      <Link prefetch={false} href={context.traceHref(trace.traceId)} className={`${link} font-mono text-xs`} title={trace.traceId} onClick={(event) => event.stopPropagation()}>
        {trace.traceId.length > 14 ? `${trace.traceId.slice(0, 12)}…` : trace.traceId}
      </Link>
      <CopyButton value={trace.traceId} label={`Copy trace id ${trace.traceId}`} />
    </span>
  ),
};

function keyValueRenderer(id: string): Render {
  const key = id.slice(id.indexOf(":") + 1);
  const read = id.startsWith(TAG_COLUMN) ? (trace: TraceSummary) => trace.tags[key] : (trace: TraceSummary) => trace.metadata[key];
  return function renderKeyValue(trace) {
    const value = read(trace);
    return value === undefined ? muted : <span className="block max-w-[16rem] truncate" title={value}>{value}</span>;
  };
}

export const traceTableFeatures = tableFeatures({});
const helper = createColumnHelper<typeof traceTableFeatures, TraceSummary>();

/** TanStack column definitions for the visible column ids, in order. */
export function buildTraceColumns(ids: readonly string[], context: TraceCellContext) {
  return helper.columns(
    ids.flatMap((id) => {
      const spec = columnSpec(id);
      const render = CELL_RENDERERS[id] ?? (id.startsWith(TAG_COLUMN) || id.startsWith(METADATA_COLUMN) ? keyValueRenderer(id) : undefined);
      if (!spec || !render) return [];
      return [helper.display({ id, header: () => spec.label, cell: ({ row }) => render(row.original, context) })];
    }),
  );
}
