"use client";

import type { ReactNode } from "react";
import { useTraceAssessments } from "@/lib/queries/feedback-store";
import type { Assessment } from "@/lib/types/assessment";

/** Hands its children the trace's assessments with this tab's votes and edits applied, so summaries agree with the thumbs at once. */
export function LiveAssessments({ traceId, assessments, children }: { traceId: string; assessments: Assessment[]; children: (assessments: Assessment[]) => ReactNode }) {
  return <>{children(useTraceAssessments(traceId, assessments))}</>;
}
