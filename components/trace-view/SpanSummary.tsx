import { formatCount, formatDuration } from "@/lib/format/duration";
import { nodeName, nodeType, type SpanTree } from "@/lib/trace/span-tree";
import type { Span } from "@/lib/types/span";
import { CopyButton } from "./content/CopyButton";
import { typeColor } from "./span-colors";

function exceptionOf(span: Span | null): { type: string; message: string } | null {
  const event = span?.events.find((candidate) => candidate.name === "exception");
  if (!event) return null;
  return { type: String(event.attributes["exception.type"] ?? "Exception"), message: String(event.attributes["exception.message"] ?? "") };
}

/** Name, type, status, id and timing of the inspected span; the skeleton has it all before the span loads. */
export function SpanSummary({ tree, node, span, onShowEvents }: { tree: SpanTree; node: number; span: Span | null; onShowEvents: () => void }) {
  const type = nodeType(tree, node);
  const running = tree.running[node] === 1;
  const error = tree.error[node] === 1;
  const exception = exceptionOf(span);
  const model = tree.model[node] >= 0 ? tree.skeleton.models[tree.model[node]] : null;
  const hasTokens = !Number.isNaN(tree.totalTokens[node]);
  return (
    <div className="min-w-0 space-y-1.5">
      <h2 className="flex flex-wrap items-center gap-2 font-semibold" data-testid="inspector-span-name">
        <span className="truncate">{nodeName(tree, node)}</span>
        <span className={`rounded px-1.5 text-xs font-normal ${typeColor(type).badge}`}>{type}</span>
        <span
          className={`rounded px-1.5 text-xs font-normal ${running ? "bg-amber-100 text-amber-800" : error ? "bg-red-100 text-red-800" : "bg-emerald-100 text-emerald-800"}`}
          data-testid="inspector-span-status"
        >
          {running ? "running" : error ? "error" : (span?.status ?? "OK")}
        </span>
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs">
        <dt className="text-slate-500">Span id</dt>
        <dd className="flex items-center gap-2 font-mono">
          {tree.keys[node]}
          {node < tree.spanCount && <CopyButton text={() => tree.keys[node]} label="Copy id" />}
        </dd>
        <dt className="text-slate-500">Starts at</dt>
        <dd className="font-mono">+{formatDuration(tree.start[node])}</dd>
        <dt className="text-slate-500">Duration</dt>
        <dd className="font-mono" data-testid="inspector-span-duration">
          {running ? `running (${formatDuration(tree.end[node] - tree.start[node])} so far)` : formatDuration(tree.end[node] - tree.start[node])} · self {formatDuration(tree.selfMs[node])}
        </dd>
        {(hasTokens || model) && (
          <>
            <dt className="text-slate-500">Tokens</dt>
            <dd className="font-mono" data-testid="inspector-span-tokens">
              {hasTokens ? `${formatCount(tree.inputTokens[node])} in / ${formatCount(tree.outputTokens[node])} out / ${formatCount(tree.totalTokens[node])} total` : "—"}
              {model && <span className="ml-2 text-slate-500">{model}</span>}
            </dd>
          </>
        )}
        {span?.statusMessage && (
          <>
            <dt className="text-slate-500">Status</dt>
            <dd className="break-words">{span.statusMessage}</dd>
          </>
        )}
      </dl>
      {exception && (
        <p role="alert" className="rounded bg-red-50 px-2 py-1 text-xs text-red-900 dark:bg-red-950 dark:text-red-100" data-testid="inspector-exception">
          <span className="font-semibold">{exception.type}</span>: {exception.message}{" "}
          <button type="button" className="underline" onClick={onShowEvents}>
            stack trace
          </button>
        </p>
      )}
    </div>
  );
}
