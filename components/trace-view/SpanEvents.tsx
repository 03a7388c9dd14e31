import { formatDuration } from "@/lib/format/duration";
import type { SpanEvent } from "@/lib/types/span";
import { FoldedText } from "./content/FoldedText";
import { JsonViewer } from "./content/JsonViewer";

const EXCEPTION_KEYS = new Set(["exception.type", "exception.message", "exception.stacktrace", "exception.escaped"]);

/** The span's events; exceptions with type, message and stack trace. */
export function SpanEvents({ events, startTimeMs }: { events: SpanEvent[]; startTimeMs: number | null }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No events.</p>;
  return (
    <ol className="space-y-3" data-testid="span-events">
      {events.map((event, index) => {
        const exception = event.name === "exception";
        const rest = Object.fromEntries(Object.entries(event.attributes).filter(([key]) => !exception || !EXCEPTION_KEYS.has(key)));
        return (
          <li key={index} className={`rounded border p-2 text-sm ${exception ? "border-red-300 dark:border-red-800" : "border-slate-200 dark:border-slate-800"}`} data-testid={exception ? "span-exception" : "span-event"}>
            <p className="flex flex-wrap items-baseline gap-2">
              <span className="font-medium">{event.name}</span>
              {event.timeMs !== null && startTimeMs !== null && <span className="font-mono text-xs text-slate-500">at +{formatDuration(event.timeMs - startTimeMs)}</span>}
            </p>
            {exception && (
              <div className="mt-1 space-y-1">
                <p data-testid="exception-summary">
                  <span className="font-semibold text-red-800 dark:text-red-300" data-testid="exception-type">{String(event.attributes["exception.type"] ?? "Exception")}</span>
                  {": "}
                  <span data-testid="exception-message">{String(event.attributes["exception.message"] ?? "")}</span>
                </p>
                {typeof event.attributes["exception.stacktrace"] === "string" && (
                  <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-900" data-testid="exception-stacktrace">
                    <FoldedText text={event.attributes["exception.stacktrace"]} limit={20_000} lines={200} />
                  </pre>
                )}
              </div>
            )}
            {Object.keys(rest).length > 0 && <JsonViewer value={rest} label={`attributes of event ${event.name}`} searchable={false} />}
          </li>
        );
      })}
    </ol>
  );
}
