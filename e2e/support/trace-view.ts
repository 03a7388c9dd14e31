// Helpers for the trace page specs: pick traces from the generator's manifest, read our skeleton.
import type { APIRequestContext, Page } from "@playwright/test";
import { seed, type SeedTrace } from "./seed";

export function traceWith(predicate: (trace: SeedTrace) => boolean): SeedTrace {
  const found = seed().traces.find(predicate);
  if (!found) throw new Error("The seeded data has no trace of the kind this test needs.");
  return found;
}

export const tracePage = (traceId: string, query = "") => `/experiments/${seed().experiment_id}/traces/${traceId}${query ? `?${query}` : ""}`;

export interface SkeletonBody {
  id: string[];
  parent: number[];
  name: number[];
  type: number[];
  status: number[];
  names: string[];
  types: string[];
}

export async function skeletonOf(request: APIRequestContext, traceId: string): Promise<SkeletonBody> {
  const response = await request.get(`/api/traces/${traceId}/skeleton`);
  if (!response.ok()) throw new Error(`skeleton of ${traceId}: HTTP ${response.status()}`);
  return response.json();
}

/** Span ids in the skeleton with the given name. */
export function spanIdsNamed(skeleton: SkeletonBody, name: string): string[] {
  return skeleton.id.filter((_, index) => skeleton.names[skeleton.name[index]] === name);
}

export const rows = (page: Page) => page.getByTestId("span-row");
export const row = (page: Page, spanId: string) => page.locator(`[data-testid="span-row"][data-span-id="${spanId}"]`);
export const inspector = (page: Page) => page.getByTestId("span-inspector");
