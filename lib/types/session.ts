import type { Assessment } from "./assessment";
import type { TokenUsage, TraceState } from "./trace";

// Sessions (conversations grouped by `mlflow.trace.session`) and users (`mlflow.trace.user`), as
// the dashboard's server computes them from trace search. Client-safe.

export interface ThumbsTally {
  up: number;
  down: number;
}

/**
 * Which traces a figure was computed from. MLflow has no grouping endpoint, so the server reads the
 * matching traces page by page; past a cap it stops, and the figures then cover only the traces at
 * or after `sinceMs` (the newest ones). The UI labels such figures.
 */
export interface ScanCoverage {
  tracesScanned: number;
  capped: boolean;
  /** With `capped`: figures count the matching traces from this instant on. */
  sinceMs: number | null;
}

/** Figures of one session over its traces that match the filter and time range. */
export interface SessionSummary {
  sessionId: string;
  users: string[];
  turns: number;
  firstActivityMs: number | null;
  lastActivityMs: number | null;
  /** From the first turn's start to the last finished turn's end. */
  durationMs: number | null;
  totalTokens: number | null;
  errors: number;
  inProgress: number;
  /** Thumbs on the turns and on the session as a whole. */
  thumbs: ThumbsTally;
  firstUserMessage: string | null;
  coverage: ScanCoverage;
}

/** A row of the sessions list; `summary` is null until its figures have been computed. */
export interface SessionListRow {
  sessionId: string;
  lastActivityMs: number | null;
  users: string[];
  summary: SessionSummary | null;
}

export const SESSION_SORTS = ["lastActivity", "turns", "tokens", "errors"] as const;
export type SessionSort = (typeof SESSION_SORTS)[number];

export interface SessionList {
  rows: SessionListRow[];
  /** More sessions match than were returned. */
  hasMore: boolean;
  /** True when every row already carries its summary (sorts other than last activity). */
  complete: boolean;
  coverage: ScanCoverage;
}

/** One turn of a conversation: a trace, its user message and the assistant's answer. */
export interface ConversationTurn {
  traceId: string;
  /** 1-based position in the session. */
  turn: number;
  name: string | null;
  requestTimeMs: number | null;
  durationMs: number | null;
  state: TraceState;
  tokens: TokenUsage | null;
  userText: string | null;
  assistantText: string | null;
  /** Where the texts come from: the chat messages of the root span, or the trace's previews. */
  textSource: "chat" | "preview";
  /** The text is MLflow's shortened preview and the full one could not be read. */
  userTruncated: boolean;
  assistantTruncated: boolean;
  /** Idle time before this turn (end of the previous turn → this start), when longer than the threshold. */
  idleBeforeMs: number | null;
  /** Turn-level thumbs (valid boolean feedback). */
  thumbs: Assessment[];
}

export interface SessionDetail {
  sessionId: string;
  summary: SessionSummary;
  /** The first turns, in order (at most a fixed number; `turnsOmitted` says how many follow). */
  turns: ConversationTurn[];
  turnsOmitted: number;
  /** Thumbs on the whole session (kept on its last trace, marked with the session id). */
  sessionThumbs: Assessment[];
  /** Who the dashboard takes the viewer to be when they give feedback; null until they say. */
  annotator: string | null;
}

/** Figures of one user over their traces that match the filter and time range. */
export interface UserSummary {
  userId: string;
  firstSeenMs: number | null;
  lastSeenMs: number | null;
  sessions: number;
  traces: number;
  totalTokens: number | null;
  errors: number;
  thumbs: ThumbsTally;
  coverage: ScanCoverage;
}

export interface UserListRow {
  userId: string;
  lastSeenMs: number | null;
  summary: UserSummary | null;
}

export const USER_SORTS = ["lastSeen", "sessions", "traces", "tokens", "errors"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export interface UserList {
  rows: UserListRow[];
  hasMore: boolean;
  complete: boolean;
  coverage: ScanCoverage;
}
