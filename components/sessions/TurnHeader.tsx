import { formatCount, formatDuration } from "@/lib/format/duration";
import { LocalTime } from "@/components/ui/LocalTime";
import type { ConversationTurn } from "@/lib/types/session";

const STATE_STYLE: Record<string, string> = {
  OK: "bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  ERROR: "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200",
  IN_PROGRESS: "bg-sky-50 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
};

/** Turn number, time, latency, tokens and status. */
export function TurnFigures({ turn }: { turn: ConversationTurn }) {
  const tokens = turn.tokens;
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
      <span className="font-semibold text-slate-900 dark:text-slate-100">Turn {turn.turn}</span>
      <LocalTime ms={turn.requestTimeMs} />
      <span title="latency">{turn.state === "IN_PROGRESS" ? "running…" : formatDuration(turn.durationMs)}</span>
      <span title={tokens ? `${formatCount(tokens.input)} in, ${formatCount(tokens.output)} out` : undefined}>{formatCount(tokens?.total)} tokens</span>
      <span data-testid="turn-state" className={`rounded px-1.5 py-0.5 font-medium ${STATE_STYLE[turn.state] ?? "bg-slate-100 dark:bg-slate-800"}`}>
        {turn.state === "IN_PROGRESS" ? "IN PROGRESS" : turn.state}
      </span>
    </span>
  );
}
