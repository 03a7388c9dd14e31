"use client";

import type { Assessment } from "@/lib/types/assessment";
import { TraceThumbs } from "./TraceThumbs";

/** Thumbs on one span; the vote carries the span id. */
export function SpanThumbs({ traceId, spanId, spanName, assessments, compact }: { traceId: string; spanId: string; spanName?: string; assessments: Assessment[]; compact?: boolean }) {
  return <TraceThumbs traceId={traceId} spanId={spanId} assessments={assessments} subject={spanName ? `span ${spanName}` : "span"} compact={compact} />;
}
