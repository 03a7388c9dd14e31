// One session as a conversation: its traces in order, as turns with texts and idle-gap markers. Pure.
import { isSessionLevel, isThumbs } from "@/lib/feedback/thumbs";
import type { Assessment } from "@/lib/types/assessment";
import type { ConversationTurn } from "@/lib/types/session";
import type { TraceSummary } from "@/lib/types/trace";
import { byRequestTime, traceEndMs } from "./trace-figures";

/** A pause longer than this between two turns (end of one → start of the next) is marked. */
export const IDLE_GAP_MS = 5 * 60_000;

/** MLflow cuts previews at 1,000 characters (OSS; 10,000 on Databricks) and ends them with "...". */
export function looksTruncated(preview: string | null): boolean {
  return preview !== null && preview.length >= 1000 && preview.endsWith("...");
}

export interface ChatTexts {
  user: string | null;
  assistant: string | null;
}

/**
 * The turns of a session, oldest first. Texts are the previews (on MLflow 3.x, the last user
 * message and the first choice's content of chat traces) unless `fullTexts` holds the messages
 * read from the trace's root span.
 */
export function toTurns(traces: readonly TraceSummary[], fullTexts: ReadonlyMap<string, ChatTexts> = new Map()): ConversationTurn[] {
  const ordered = [...traces].sort(byRequestTime);
  let previousEnd: number | null = null;
  return ordered.map((trace, index) => {
    const full = fullTexts.get(trace.traceId);
    const userText = full?.user ?? trace.requestPreview;
    const assistantText = full?.assistant ?? trace.responsePreview;
    const gap = previousEnd !== null && trace.requestTimeMs !== null ? trace.requestTimeMs - previousEnd : null;
    previousEnd = traceEndMs(trace) ?? previousEnd;
    return {
      traceId: trace.traceId,
      turn: index + 1,
      name: trace.name,
      requestTimeMs: trace.requestTimeMs,
      durationMs: trace.durationMs,
      state: trace.state,
      tokens: trace.tokens,
      userText,
      assistantText,
      textSource: full ? "chat" : "preview",
      userTruncated: full?.user == null && looksTruncated(trace.requestPreview),
      assistantTruncated: full?.assistant == null && looksTruncated(trace.responsePreview),
      idleBeforeMs: gap !== null && gap > IDLE_GAP_MS ? gap : null,
      thumbs: trace.assessments.filter((assessment) => isThumbs(assessment) && !isSessionLevel(assessment)),
    };
  });
}

/** Thumbs on the whole session, wherever in the session they were stored. */
export function sessionThumbs(traces: readonly TraceSummary[]): Assessment[] {
  return traces.flatMap((trace) => trace.assessments.filter((assessment) => isThumbs(assessment) && isSessionLevel(assessment)));
}
