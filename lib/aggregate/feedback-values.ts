// Feedback values as the metrics API counts them (`assessment_count` by name and value; values
// arrive JSON-encoded: `true`, `"yes"`, `0.62`). Like the server's own aggregate, true and "yes"
// count as positive, false and "no" as negative; numbers are scores.
import type { MetricDataPoint } from "@/lib/types/metrics";
import type { AssessmentSourceKind, FeedbackName } from "@/lib/types/overview";

type Decoded = { kind: "pass_fail"; positive: boolean; boolean: boolean } | { kind: "score"; score: number } | { kind: "other" };

export function decodeFeedbackValue(raw: unknown): Decoded {
  let parsed: unknown = raw;
  if (typeof raw === "string") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = raw;
    }
  }
  if (typeof parsed === "boolean") return { kind: "pass_fail", positive: parsed, boolean: true };
  if (typeof parsed === "number" && Number.isFinite(parsed)) return { kind: "score", score: parsed };
  if (typeof parsed === "string" && ["yes", "no"].includes(parsed.trim().toLowerCase())) {
    return { kind: "pass_fail", positive: parsed.trim().toLowerCase() === "yes", boolean: false };
  }
  return { kind: "other" };
}

interface Tally {
  count: number;
  booleans: number;
  positive: number;
  passFail: number;
  scoreSum: number;
  scores: number;
}

function tallies(points: MetricDataPoint[]): Map<string, Tally> {
  const byName = new Map<string, Tally>();
  for (const point of points) {
    const name = point.dimensions.assessment_name;
    const n = point.values.COUNT ?? 0;
    if (!name || !n) continue;
    const tally = byName.get(name) ?? { count: 0, booleans: 0, positive: 0, passFail: 0, scoreSum: 0, scores: 0 };
    const decoded = decodeFeedbackValue(point.dimensions.assessment_value);
    tally.count += n;
    if (decoded.kind === "pass_fail") {
      tally.passFail += n;
      if (decoded.boolean) tally.booleans += n;
      if (decoded.positive) tally.positive += n;
    }
    if (decoded.kind === "score") {
      tally.scores += n;
      tally.scoreSum += decoded.score * n;
    }
    byName.set(name, tally);
  }
  return byName;
}

/** Names whose values are all pass/fail or all numbers; free-text feedback has no chartable value. */
export function feedbackNames(points: MetricDataPoint[], sources: Map<string, AssessmentSourceKind>): FeedbackName[] {
  const names: FeedbackName[] = [];
  for (const [name, tally] of tallies(points)) {
    const source = sources.get(name) ?? "unknown";
    if (tally.passFail === tally.count) {
      const searchValues = tally.booleans === tally.count ? { positive: "true", negative: "false" } : tally.booleans === 0 ? { positive: "yes", negative: "no" } : null;
      names.push({ name, kind: "pass_fail", source, count: tally.count, overall: tally.positive / tally.count, searchValues });
    } else if (tally.scores === tally.count) {
      names.push({ name, kind: "score", source, count: tally.count, overall: tally.scoreSum / tally.scores, searchValues: null });
    }
  }
  return names.sort((a, b) => a.name.localeCompare(b.name));
}

/** Share of true among true/false feedback (thumbs up or down), over all names; null without any. */
export function thumbsUpRate(points: MetricDataPoint[]): number | null {
  let up = 0;
  let all = 0;
  for (const point of points) {
    const decoded = decodeFeedbackValue(point.dimensions.assessment_value);
    if (decoded.kind !== "pass_fail" || !decoded.boolean) continue;
    all += point.values.COUNT ?? 0;
    if (decoded.positive) up += point.values.COUNT ?? 0;
  }
  return all > 0 ? up / all : null;
}

/** One source kind per name from the sources seen on recent assessments of that name. */
export function sourceKinds(seen: { name: string; sourceType: string | null }[]): Map<string, AssessmentSourceKind> {
  const kinds = new Map<string, Set<string>>();
  for (const { name, sourceType } of seen) kinds.set(name, (kinds.get(name) ?? new Set()).add(sourceType ?? "unknown"));
  const result = new Map<string, AssessmentSourceKind>();
  for (const [name, types] of kinds) {
    const [only] = [...types];
    result.set(name, types.size > 1 ? "mixed" : only === "HUMAN" || only === "LLM_JUDGE" || only === "CODE" ? only : "unknown");
  }
  return result;
}
