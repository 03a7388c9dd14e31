// What the filter box and the column chooser can offer for one experiment: the tag and metadata keys,
// assessment names and values, users, sessions and trace names seen in a sample of its traces.
import type { FilterVocabulary } from "@/lib/filters/fields";
import { TRACE_METADATA } from "@/lib/mlflow/keys";
import type { TraceSummary } from "@/lib/types/trace";

const MAX_VALUES = 200;

/** How an assessment value is written in a filter: MLflow compares the JSON text, without quotes for strings. */
export function assessmentFilterValue(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => a.localeCompare(b)).slice(0, MAX_VALUES);
}

export function vocabularyFromTraces(traces: readonly TraceSummary[]): FilterVocabulary {
  const tagKeys = new Set<string>();
  const metadataKeys = new Set<string>();
  const feedbackNames = new Set<string>();
  const expectationNames = new Set<string>();
  const users = new Set<string>();
  const sessions = new Set<string>();
  const traceNames = new Set<string>();
  const tagValues = new Map<string, Set<string>>();
  const assessmentValues = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(value);
  };
  for (const trace of traces) {
    for (const [key, value] of Object.entries(trace.tags)) {
      tagKeys.add(key);
      if (!key.startsWith("mlflow.") && value.length <= 200) add(tagValues, key, value);
    }
    for (const key of Object.keys(trace.metadata)) metadataKeys.add(key);
    if (trace.user) users.add(trace.user);
    if (trace.session) sessions.add(trace.session);
    if (trace.name) traceNames.add(trace.name);
    for (const assessment of trace.assessments) {
      if (!assessment.valid) continue;
      if (assessment.kind === "feedback") feedbackNames.add(assessment.name);
      if (assessment.kind === "expectation") expectationNames.add(assessment.name);
      const value = assessmentFilterValue(assessment.value);
      if (value !== null && value.length <= 200) add(assessmentValues, assessment.name, value);
    }
  }
  metadataKeys.add(TRACE_METADATA.user);
  metadataKeys.add(TRACE_METADATA.session);
  const record = (map: Map<string, Set<string>>) => Object.fromEntries([...map].map(([key, values]) => [key, sorted(values)]));
  return {
    tagKeys: sorted(tagKeys),
    metadataKeys: sorted(metadataKeys),
    feedbackNames: sorted(feedbackNames),
    expectationNames: sorted(expectationNames),
    users: sorted(users),
    sessions: sorted(sessions),
    traceNames: sorted(traceNames),
    tagValues: record(tagValues),
    assessmentValues: record(assessmentValues),
  };
}
