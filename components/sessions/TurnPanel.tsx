import Link from "next/link";
import { TraceView } from "@/components/trace-view/TraceView";
import type { ConversationTurn } from "@/lib/types/session";
import { traceHref } from "./session-links";

interface TurnPanelProps {
  experimentId: string;
  turn: ConversationTurn;
  turnCount: number;
  onClose: () => void;
}

/** The selected turn's trace beside the conversation: the trace view (header, waterfall, span inspector). */
export function TurnPanel({ experimentId, turn, turnCount, onClose }: TurnPanelProps) {
  return (
    <aside aria-label={`Trace of turn ${turn.turn}`} data-testid="turn-panel" data-turn-panel className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">
          Turn {turn.turn} of {turnCount}
        </h2>
        <div className="flex items-center gap-3 text-sm">
          <Link prefetch={false} href={traceHref(experimentId, turn.traceId)} className="text-teal-700 hover:underline dark:text-teal-400">
            Open on its own page →
          </Link>
          <button type="button" onClick={onClose} aria-label="Close the trace panel" className="rounded px-2 text-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800">
            ✕
          </button>
        </div>
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">← / → move between turns (inside the waterfall they fold and unfold spans).</p>
      {/* Keyed by trace: another turn starts with a fresh tree, cursor and inspector. */}
      <TraceView key={turn.traceId} experimentId={experimentId} traceId={turn.traceId} />
    </aside>
  );
}
