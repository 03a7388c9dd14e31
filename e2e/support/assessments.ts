// Assessments read straight from the tracking server's REST API (not through the dashboard), so
// specs check what MLflow really holds; and cleanup, so writing specs leave the seeded data as it was.
import type { BrowserContext, Page } from "@playwright/test";
import { seed, trackingUri } from "./seed";

export interface WireAssessment {
  assessment_id: string;
  assessment_name: string;
  span_id?: string;
  source: { source_type: string; source_id: string };
  feedback?: { value: unknown };
  expectation?: { value?: unknown; serialized_value?: { serialization_format: string; value: string } };
  rationale?: string;
  metadata?: Record<string, string>;
  overrides?: string;
  valid?: boolean;
}

export async function assessmentsOf(traceId: string): Promise<WireAssessment[]> {
  const response = await fetch(`${trackingUri()}/api/3.0/mlflow/traces/${traceId}`);
  if (!response.ok) throw new Error(`MLflow answered ${response.status} for trace ${traceId}`);
  const body = (await response.json()) as { trace: { trace_info: { assessments?: WireAssessment[] } } };
  return body.trace.trace_info.assessments ?? [];
}

/** The server stores a list expectation as JSON text in `serialized_value`, whatever form it was sent in. */
export function expectationValue(assessment: WireAssessment | undefined): unknown {
  const expectation = assessment?.expectation;
  if (!expectation) return undefined;
  if (expectation.serialized_value) return JSON.parse(expectation.serialized_value.value);
  return expectation.value;
}

export async function assessmentsBy(traceId: string, sourceId: string): Promise<WireAssessment[]> {
  return (await assessmentsOf(traceId)).filter((a) => a.source.source_type === "HUMAN" && a.source.source_id === sourceId);
}

export async function deleteAssessment(traceId: string, assessmentId: string): Promise<void> {
  await fetch(`${trackingUri()}/api/3.0/mlflow/traces/${traceId}/assessments/${assessmentId}`, { method: "DELETE" });
}

/** Test identities start with "e2e-", so their writes can be found and removed. */
export const testIdentity = (label: string) => `e2e-${label}-${Date.now().toString(36)}`;

/** Removes every assessment the specs wrote (authors starting with "e2e-", or the given ones). */
export async function removeTestAssessments(traceIds: string[], alsoSourceIds: string[] = []): Promise<void> {
  for (const traceId of traceIds) {
    for (const assessment of await assessmentsOf(traceId)) {
      const author = assessment.source.source_id;
      if (author.startsWith("e2e-") || alsoSourceIds.includes(author)) await deleteAssessment(traceId, assessment.assessment_id);
    }
  }
}

export const writableTraceIds = () => seed().special.writable_trace_ids;

/** Annotates as `name` without the name dialog (the dialog has its own test). */
export async function annotateAs(context: BrowserContext, baseURL: string, name: string): Promise<void> {
  await context.addCookies([{ name: "annotator", value: encodeURIComponent(name), url: baseURL }]);
}

/** Review mode on exactly the given traces. */
export function reviewUrl(traceIds: string[]): string {
  const filter = traceIds.length === 1 ? `trace.request_id = '${traceIds[0]}'` : `trace.request_id IN (${traceIds.map((id) => `'${id}'`).join(", ")})`;
  return `/experiments/${seed().experiment_id}/review?filter=${encodeURIComponent(filter)}`;
}

/** Waits until no vote or assessment write is in flight on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="status"]') || ![...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.includes("saving")));
}
