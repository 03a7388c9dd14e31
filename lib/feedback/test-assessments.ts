// Named assessment shapes for the feedback tests (one factory, not one per test file).
import type { Assessment } from "@/lib/types/assessment";

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    assessmentId: "a-1",
    name: "user_feedback",
    traceId: "tr-1",
    spanId: null,
    sourceType: "HUMAN",
    sourceId: "alice",
    createTimeMs: 1000,
    updateTimeMs: 1000,
    kind: "feedback",
    value: true,
    error: null,
    rationale: null,
    metadata: {},
    overrides: null,
    valid: true,
    ...overrides,
  };
}

/** A judge's verdict overridden by a human, who was then overridden by another human. */
export const overrideChain: Assessment[] = [
  assessment({ assessmentId: "a-judge", name: "correctness", sourceType: "LLM_JUDGE", sourceId: "judge-gpt", value: "no", valid: false, createTimeMs: 1000 }),
  assessment({ assessmentId: "a-human-1", name: "correctness", sourceId: "alice", value: "yes", overrides: "a-judge", valid: false, createTimeMs: 2000 }),
  assessment({ assessmentId: "a-human-2", name: "correctness", sourceId: "bob", value: "no", overrides: "a-human-1", createTimeMs: 3000 }),
];
