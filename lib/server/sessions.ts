import "server-only";
import { looksTruncated, sessionThumbs, toTurns, type ChatTexts } from "@/lib/aggregate/conversation";
import { summarizeSession, sortSessions } from "@/lib/aggregate/sessions";
import { groupBy } from "@/lib/aggregate/trace-figures";
import { keyContains } from "@/lib/filters/group-clauses";
import { getTrace } from "@/lib/mlflow/client";
import { MlflowError } from "@/lib/mlflow/errors";
import { TRACE_METADATA } from "@/lib/mlflow/keys";
import { assistantMessageOf, userMessageOf } from "@/lib/trace/chat-text";
import type { SessionDetail, SessionList, SessionSort, SessionSummary } from "@/lib/types/session";
import type { TraceSummary } from "@/lib/types/trace";
import { currentAnnotator } from "./annotator";
import { discoverRecentGroups, equalTo, present, scanVariants, type KeyClause } from "./group-scan";
import { mlflowLimit } from "./trace-scan";

// Sessions of an experiment: conversations grouped by `mlflow.trace.session`, grouped here on the
// server from trace search. Figures cover the traces that match the filter and time range.

const SESSION = TRACE_METADATA.session;
/** A conversation page shows at most this many turns (the figures still count them all). */
const MAX_TURNS = 1000;
const sessionOf = (trace: TraceSummary) => trace.session;

export interface SessionScope {
  experimentId: string;
  /** The user's filter string and the time range clauses, passed to MLflow as they are. */
  filters: (string | undefined)[];
  /** Only the sessions of this user. */
  user?: string;
}

function scopeClauses(scope: SessionScope, extra: KeyClause[] = []): KeyClause[] {
  return [...extra, ...(scope.user ? [equalTo(TRACE_METADATA.user, scope.user)] : [])];
}

export interface SessionListParams extends SessionScope {
  search?: string;
  sort: SessionSort;
  direction: "asc" | "desc";
  limit: number;
}

export async function listSessions(params: SessionListParams): Promise<SessionList> {
  const search = params.search?.trim();
  const idClause: KeyClause = search ? { key: SESSION, clause: (source) => keyContains(SESSION, source, search) } : present(SESSION);
  const keyClauses = scopeClauses(params, [idClause]);
  if (params.sort === "lastActivity" && params.direction === "desc") {
    // The first screen: only as many of the newest traces as it takes to find the newest sessions.
    const found = await discoverRecentGroups(params.experimentId, keyClauses, params.filters, sessionOf, params.limit);
    return {
      rows: found.groups.map((group) => ({ sessionId: group.id, lastActivityMs: group.lastMs, users: group.users, summary: null })),
      hasMore: found.hasMore,
      complete: false,
      coverage: found.coverage,
    };
  }
  const { traces, coverage } = await scanVariants(params.experimentId, keyClauses, params.filters);
  const summaries = [...groupBy(traces, sessionOf)].map(([sessionId, group]) => summarizeSession(sessionId, group, coverage));
  const sorted = sortSessions(summaries, params.sort, params.direction);
  return {
    rows: sorted.slice(0, params.limit).map((summary) => ({ sessionId: summary.sessionId, lastActivityMs: summary.lastActivityMs, users: summary.users, summary })),
    hasMore: sorted.length > params.limit,
    complete: true,
    coverage,
  };
}

/** Exact figures of the given sessions (over their traces matching the scope), computed in parallel. */
export async function summarizeSessions(scope: SessionScope, sessionIds: string[]): Promise<SessionSummary[]> {
  return Promise.all(
    sessionIds.map(async (sessionId) => {
      const { traces, coverage } = await scanVariants(scope.experimentId, scopeClauses(scope, [equalTo(SESSION, sessionId)]), scope.filters);
      return summarizeSession(sessionId, traces, coverage);
    }),
  );
}

/** The texts of turns whose previews MLflow shortened, from their root spans (at most a few per request). */
async function readFullTexts(traces: TraceSummary[]): Promise<Map<string, ChatTexts>> {
  const wanted = traces.filter((trace) => looksTruncated(trace.requestPreview) || looksTruncated(trace.responsePreview)).slice(0, 20);
  const texts = new Map<string, ChatTexts>();
  await Promise.all(
    wanted.map(async (trace) => {
      try {
        const { spans } = await mlflowLimit(() => getTrace(trace.traceId));
        const root = spans.find((span) => span.parentSpanId === null);
        if (root) texts.set(trace.traceId, { user: userMessageOf(root.inputs), assistant: assistantMessageOf(root.outputs) });
      } catch (error) {
        if (!(error instanceof MlflowError)) throw error;
        // The preview stays, marked as shortened.
      }
    }),
  );
  return texts;
}

/** One whole session as a conversation (no filter: every turn). */
export async function getSessionDetail(experimentId: string, sessionId: string): Promise<Omit<SessionDetail, "annotator"> | null> {
  const { traces, coverage } = await scanVariants(experimentId, [equalTo(SESSION, sessionId)], []);
  if (traces.length === 0) return null;
  const turns = toTurns(traces).slice(0, MAX_TURNS);
  const shown = new Set(turns.map((turn) => turn.traceId));
  const fullTexts = await readFullTexts(traces.filter((trace) => shown.has(trace.traceId)));
  return {
    sessionId,
    summary: summarizeSession(sessionId, traces, coverage),
    turns: fullTexts.size ? toTurns(traces, fullTexts).slice(0, MAX_TURNS) : turns,
    turnsOmitted: Math.max(0, traces.length - MAX_TURNS),
    sessionThumbs: sessionThumbs(traces),
  };
}

/** A session's conversation as the browser gets it (with who is annotating), or null when it has no traces. */
export async function loadSessionDetail(experimentId: string, sessionId: string): Promise<SessionDetail | null> {
  const [detail, annotator] = await Promise.all([getSessionDetail(experimentId, sessionId), currentAnnotator()]);
  return detail ? { ...detail, annotator: annotator?.id ?? null } : null;
}
