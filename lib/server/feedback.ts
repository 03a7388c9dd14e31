import "server-only";
import { isOwnedBy } from "@/lib/feedback/chains";
import { REQUEST_KEY } from "@/lib/feedback/metadata-keys";
import { votesBy, voteKey } from "@/lib/feedback/my-vote";
import { EXPORT_IN_FLIGHT_POLICY, isTraceNotYetThere, withRetry } from "@/lib/feedback/retry";
import type { AssessmentInput } from "@/lib/feedback/schemas";
import { resolveFeedbackName } from "@/lib/feedback/settings";
import { UnquotableValueError } from "@/lib/filters/quote";
import { createAssessment, deleteAssessment, findTracesByClientRequestId, getAssessment, getTraceInfo, updateAssessment } from "@/lib/mlflow/client";
import { MlflowError } from "@/lib/mlflow/errors";
import { toAssessmentBody, toAssessmentPatch } from "@/lib/mlflow/to-wire";
import type { Assessment } from "@/lib/types/assessment";
import type { VoteResult } from "@/lib/types/feedback";
import { BadRequest, HttpError } from "./handle";
import { processWide } from "./process-wide";

// Writes of human feedback. Every write waits out a trace whose export is still in flight (the
// tracking server answers 404 for a second or two), and writes to the same vote are serialized in
// this process, so two requests racing for one vote cannot both create it.

export function feedbackName(): string {
  const { name, problem } = resolveFeedbackName(process.env.FEEDBACK_NAME);
  if (problem) throw new HttpError(500, "CONFIGURATION", problem);
  return name;
}

const locks = processWide("feedback.locks", () => new Map<string, Promise<unknown>>());

async function serialized<T>(key: string, run: () => Promise<T>): Promise<T> {
  const previous = locks.get(key) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(run);
  locks.set(key, current);
  try {
    return await current;
  } finally {
    if (locks.get(key) === current) locks.delete(key);
  }
}

/** Retries while the trace is not on the server yet; every other failure passes through at once. */
export function untilTraceExists<T>(run: () => Promise<T>): Promise<T> {
  return withRetry(run, { policy: EXPORT_IN_FLIGHT_POLICY, shouldRetry: (error) => error instanceof MlflowError && isTraceNotYetThere(error, error.message) });
}

export interface VoteRequest {
  traceId: string;
  spanId: string | null;
  name: string;
  /** null takes the vote back. */
  value: boolean | null;
  /** undefined keeps the comment as it is; "" clears it. */
  comment?: string;
  sourceId: string;
  metadata?: Record<string, string>;
}

/** Sets (or removes) the one vote of `sourceId` on a trace or span: updates it when it exists. */
export function recordVote(vote: VoteRequest): Promise<VoteResult> {
  const target = { name: vote.name, spanId: vote.spanId };
  return serialized(voteKey(vote.traceId, target, vote.sourceId), () =>
    untilTraceExists(async () => {
      const existing = votesBy((await getTraceInfo(vote.traceId)).assessments, target, vote.sourceId);
      if (vote.value === null) {
        for (const old of existing) await deleteAssessment(vote.traceId, old.assessmentId);
        return { assessment: null, removed: existing.map((old) => old.assessmentId) };
      }
      const mine = existing[0];
      if (mine) {
        if (mine.value === vote.value && (vote.comment === undefined || vote.comment === (mine.rationale ?? ""))) return { assessment: mine, removed: [] };
        const { body, mask } = toAssessmentPatch({ value: vote.value, rationale: vote.comment }, "feedback");
        return { assessment: await updateAssessment(vote.traceId, mine.assessmentId, body, mask), removed: [] };
      }
      const input: AssessmentInput = { name: vote.name, kind: "feedback", value: vote.value, rationale: vote.comment || undefined, spanId: vote.spanId ?? undefined };
      return { assessment: await createAssessment(vote.traceId, toAssessmentBody(input, vote.sourceId, vote.metadata)), removed: [] };
    }),
  );
}

async function checkOverride(traceId: string, input: AssessmentInput): Promise<void> {
  if (!input.overrides) return;
  const target = await getAssessment(traceId, input.overrides);
  if (!target.valid) throw new BadRequest(`Assessment ${input.overrides} is already superseded; override the current one instead.`);
  if (target.name !== input.name) throw new BadRequest(`An override keeps the name of what it overrides ('${target.name}').`);
  if ((target.spanId ?? undefined) !== input.spanId) throw new BadRequest("An override must be on the same span (or the trace) as what it overrides.");
}

/** Creates a human assessment; a retried request (same requestKey) returns the first result. */
export function createHumanAssessment(traceId: string, input: AssessmentInput, annotatorId: string): Promise<Assessment> {
  const create = () =>
    untilTraceExists(async () => {
      if (input.requestKey) {
        const earlier = (await getTraceInfo(traceId)).assessments.find((a) => a.metadata[REQUEST_KEY] === input.requestKey);
        if (earlier) return earlier;
      }
      await checkOverride(traceId, input);
      return createAssessment(traceId, toAssessmentBody(input, annotatorId));
    });
  return input.requestKey ? serialized(`request:${input.requestKey}`, create) : create();
}

/** The assessment, if the annotator may change it: only their own human assessments. */
export async function ownAssessment(traceId: string, assessmentId: string, annotatorId: string): Promise<Assessment> {
  const assessment = await getAssessment(traceId, assessmentId);
  if (!isOwnedBy(assessment, annotatorId)) {
    const author = assessment.sourceType === "HUMAN" ? (assessment.sourceId ?? "someone else") : `${assessment.sourceType} ${assessment.sourceId ?? ""}`.trim();
    throw new HttpError(403, "NOT_YOUR_ASSESSMENT", `This assessment is by ${author}; you can change only your own. To correct a judge, override its verdict.`);
  }
  return assessment;
}

/** The trace an application logged under a client request id; waits while its export is in flight. */
export async function traceIdForClientRequest(experimentId: string, clientRequestId: string): Promise<string> {
  try {
    return await withRetry(
      async () => {
        const traces = await findTracesByClientRequestId(experimentId, clientRequestId);
        if (traces.length === 0) throw new HttpError(404, "RESOURCE_DOES_NOT_EXIST", `No trace with client_request_id '${clientRequestId}' in experiment ${experimentId} (after waiting up to ${EXPORT_IN_FLIGHT_POLICY.budgetMs / 1000} s for it to arrive).`);
        // The newest, should an application reuse an id.
        return [...traces].sort((a, b) => (b.requestTimeMs ?? 0) - (a.requestTimeMs ?? 0))[0].traceId;
      },
      { policy: EXPORT_IN_FLIGHT_POLICY, shouldRetry: (error) => error instanceof HttpError && error.status === 404 },
    );
  } catch (error) {
    if (error instanceof UnquotableValueError) throw new BadRequest(error.message);
    throw error;
  }
}
