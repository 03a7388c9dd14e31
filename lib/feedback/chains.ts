// Assessments grouped by name, each current one with the chain of verdicts it superseded.
import type { Assessment } from "@/lib/types/assessment";

export interface AssessmentThread {
  /** The latest word: not overridden by any assessment present. */
  head: Assessment;
  /** What the head superseded, most recent first (head.overrides, then what that one overrode, …). */
  superseded: Assessment[];
}

export interface AssessmentGroup {
  name: string;
  threads: AssessmentThread[];
}

function timeOf(assessment: Assessment): number {
  return assessment.updateTimeMs ?? assessment.createTimeMs ?? 0;
}

export function supersessionChain(head: Assessment, byId: ReadonlyMap<string, Assessment>): Assessment[] {
  const chain: Assessment[] = [];
  const seen = new Set([head.assessmentId]);
  let next = head.overrides ? byId.get(head.overrides) : undefined;
  while (next && !seen.has(next.assessmentId)) {
    chain.push(next);
    seen.add(next.assessmentId);
    next = next.overrides ? byId.get(next.overrides) : undefined;
  }
  return chain;
}

/** Groups sorted by name; within a group, valid heads first, then the newest. */
export function groupAssessments(assessments: readonly Assessment[]): AssessmentGroup[] {
  const byId = new Map(assessments.map((a) => [a.assessmentId, a]));
  const overridden = new Set(assessments.map((a) => a.overrides).filter((id): id is string => !!id && byId.has(id)));
  const groups = new Map<string, AssessmentThread[]>();
  for (const assessment of assessments) {
    if (overridden.has(assessment.assessmentId)) continue;
    const threads = groups.get(assessment.name) ?? [];
    threads.push({ head: assessment, superseded: supersessionChain(assessment, byId) });
    groups.set(assessment.name, threads);
  }
  // Members of a cycle (never produced by MLflow) would vanish above; show them rather than lose them.
  const shown = new Set([...groups.values()].flat().flatMap((t) => [t.head, ...t.superseded].map((a) => a.assessmentId)));
  for (const assessment of assessments) {
    if (shown.has(assessment.assessmentId)) continue;
    groups.set(assessment.name, [...(groups.get(assessment.name) ?? []), { head: assessment, superseded: [] }]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, threads]) => ({
      name,
      threads: threads.sort((a, b) => Number(b.head.valid) - Number(a.head.valid) || timeOf(b.head) - timeOf(a.head)),
    }));
}

/** Judges' and code's feedback can be overridden by a human; human verdicts are edited instead. */
export function canOverride(assessment: Assessment): boolean {
  return assessment.valid && assessment.kind === "feedback" && (assessment.sourceType === "LLM_JUDGE" || assessment.sourceType === "CODE");
}

/** Only the annotator's own human assessments may be edited or deleted from the dashboard. */
export function isOwnedBy(assessment: Assessment, annotatorId: string | null): boolean {
  return !!annotatorId && assessment.sourceType === "HUMAN" && assessment.sourceId === annotatorId;
}
