// Helpers for the sessions and users specs: manifest look-ups and writes straight to MLflow (to
// check what reached the server, and to undo what a spec wrote so other specs see the seeded data).
import type { APIRequestContext, Page } from "@playwright/test";
import { seed, trackingUri, type SeedManifest } from "./seed";

export type SeedSession = SeedManifest["sessions"][number];

export const experimentPath = () => `/experiments/${seed().experiment_id}`;
export const sessionPath = (sessionId: string) => `${experimentPath()}/sessions/${encodeURIComponent(sessionId)}`;
export const userPath = (userId: string) => `${experimentPath()}/users/${encodeURIComponent(userId)}`;

export const traceOf = (traceId: string) => {
  const trace = seed().traces.find((candidate) => candidate.trace_id === traceId);
  if (!trace) throw new Error(`trace ${traceId} is not in the manifest`);
  return trace;
};

export const sessionById = (sessionId: string) => seed().sessions.find((session) => session.id === sessionId)!;

/** The text a turn's assistant bubble shows. */
export function assistantTextOf(traceId: string): string {
  const trace = traceOf(traceId);
  if (trace.assistant_message !== null) return trace.assistant_message;
  return trace.status === "IN_PROGRESS" ? "(still answering…)" : "(no answer: the turn failed)";
}

export interface MlflowAssessment {
  assessment_id: string;
  assessment_name: string;
  source?: { source_type?: string; source_id?: string };
  feedback?: { value?: unknown };
  metadata?: Record<string, string>;
  valid?: boolean;
}

/** The assessments of a trace as the tracking server holds them. */
export async function mlflowAssessments(request: APIRequestContext, traceId: string): Promise<MlflowAssessment[]> {
  const response = await request.get(`${trackingUri()}/api/3.0/mlflow/traces/${traceId}`);
  if (!response.ok()) throw new Error(`MLflow answered ${response.status()} for trace ${traceId}`);
  return ((await response.json()).trace?.trace_info?.assessments ?? []) as MlflowAssessment[];
}

/** Deletes what one annotator wrote on the given traces. */
export async function deleteAssessmentsBy(request: APIRequestContext, traceIds: string[], annotator: string): Promise<void> {
  for (const traceId of traceIds) {
    for (const assessment of await mlflowAssessments(request, traceId)) {
      if (assessment.source?.source_id !== annotator) continue;
      await request.delete(`${trackingUri()}/api/3.0/mlflow/traces/${traceId}/assessments/${assessment.assessment_id}`);
    }
  }
}

export async function setTraceTag(request: APIRequestContext, traceId: string, key: string, value: string | null): Promise<void> {
  const url = `${trackingUri()}/api/3.0/mlflow/traces/${traceId}/tags`;
  const response = value === null ? await request.delete(url, { data: { key } }) : await request.patch(url, { data: { key, value } });
  if (!response.ok()) throw new Error(`MLflow answered ${response.status()} setting tag ${key} on ${traceId}`);
}

/** Names the reviewer for feedback (the cookie the dashboard reads when no trusted header is set). */
export async function setAnnotator(page: Page, baseURL: string, name: string): Promise<void> {
  await page.context().addCookies([{ name: "annotator", value: encodeURIComponent(name), url: baseURL }]);
}
