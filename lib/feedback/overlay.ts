// The dashboard's own writes laid over what the server last sent, so a vote or an edit shows at
// once on every screen that lists the trace, before (and regardless of how) those screens refetch.
import type { Assessment } from "@/lib/types/assessment";
import { votesBy, type VoteTarget } from "./my-vote";

/** A vote sent (or about to be) and not yet answered: shown at once, dropped if the server refuses. */
export interface PendingVote {
  target: VoteTarget;
  sourceId: string;
  value: boolean | null;
  /** undefined keeps the existing comment. */
  comment?: string;
  atMs: number;
}

export interface TraceOverlay {
  /** Created or changed here (optimistic ones have a "pending:" id), by assessment id. */
  written: ReadonlyMap<string, Assessment>;
  /** Deleted here. */
  deleted: ReadonlySet<string>;
  /** Votes in flight, by vote key. */
  pendingVotes: ReadonlyMap<string, PendingVote>;
}

export const EMPTY_OVERLAY: TraceOverlay = { written: new Map(), deleted: new Set(), pendingVotes: new Map() };

export const PENDING_PREFIX = "pending:";

const timeOf = (a: Assessment) => a.updateTimeMs ?? a.createTimeMs ?? 0;

function showPendingVote(result: Map<string, Assessment>, key: string, vote: PendingVote): void {
  const mine = votesBy([...result.values()], vote.target, vote.sourceId);
  for (const old of mine) result.delete(old.assessmentId);
  if (vote.value === null) return;
  const base = mine[0];
  result.set(base?.assessmentId ?? `${PENDING_PREFIX}${key}`, {
    assessmentId: base?.assessmentId ?? `${PENDING_PREFIX}${key}`,
    name: vote.target.name,
    traceId: base?.traceId ?? null,
    spanId: vote.target.spanId,
    sourceType: "HUMAN",
    sourceId: vote.sourceId,
    createTimeMs: base?.createTimeMs ?? vote.atMs,
    updateTimeMs: vote.atMs,
    kind: "feedback",
    value: vote.value,
    error: null,
    rationale: vote.comment === undefined ? (base?.rationale ?? null) : vote.comment || null,
    metadata: base?.metadata ?? {},
    overrides: null,
    valid: true,
  });
}

export function applyOverlay(fromServer: readonly Assessment[], overlay: TraceOverlay): Assessment[] {
  if (overlay.written.size === 0 && overlay.deleted.size === 0 && overlay.pendingVotes.size === 0) return fromServer as Assessment[];
  const result = new Map<string, Assessment>();
  for (const assessment of fromServer) if (!overlay.deleted.has(assessment.assessmentId)) result.set(assessment.assessmentId, assessment);
  for (const [id, written] of overlay.written) {
    if (overlay.deleted.has(id)) continue;
    const server = result.get(id);
    // A newer copy from the server (someone changed it since) wins over ours.
    if (!server || timeOf(server) <= timeOf(written)) result.set(id, written);
  }
  for (const [key, vote] of overlay.pendingVotes) showPendingVote(result, key, vote);
  // What the server does with overrides, done here too: a live override makes its target invalid,
  // and deleting the override makes the target valid again.
  const deletedOverrides = fromServer.filter((a) => overlay.deleted.has(a.assessmentId) && a.overrides).map((a) => a.overrides as string);
  for (const id of deletedOverrides) {
    const target = result.get(id);
    if (target && !target.valid) result.set(id, { ...target, valid: true });
  }
  for (const assessment of [...result.values()]) {
    const target = assessment.overrides ? result.get(assessment.overrides) : undefined;
    if (assessment.valid && target?.valid) result.set(target.assessmentId, { ...target, valid: false });
  }
  return [...result.values()];
}
