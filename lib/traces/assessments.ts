// The assessments column: human thumbs as up/down counts, judge (and code) results as short verdicts,
// expectations counted. Superseded assessments (valid: false) are left out, as MLflow's filters do.
import type { Assessment } from "@/lib/types/assessment";

export type Verdict = "pass" | "fail" | "neutral" | "error";

export interface JudgeResult {
  name: string;
  /** The value as shown: "yes", "0.82", "error". */
  label: string;
  verdict: Verdict;
  source: string;
}

export interface AssessmentSummary {
  up: number;
  down: number;
  judges: JudgeResult[];
  /** Human feedback that is not a thumb (text, numbers), by name. */
  otherHuman: JudgeResult[];
  expectations: number;
  /** Orders traces by how they were received: thumbs up minus thumbs down, then judge passes minus fails. */
  score: number;
}

const PASS = new Set(["yes", "true", "pass", "passed", "correct", "good"]);
const FAIL = new Set(["no", "false", "fail", "failed", "incorrect", "bad"]);

export function verdictOf(value: unknown): Verdict {
  if (typeof value === "boolean") return value ? "pass" : "fail";
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (PASS.has(word)) return "pass";
    if (FAIL.has(word)) return "fail";
  }
  return "neutral";
}

function label(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === "string") return value.length > 24 ? `${value.slice(0, 23)}…` : value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value === null || value === undefined ? "—" : "…";
}

export function summarizeAssessments(assessments: readonly Assessment[]): AssessmentSummary {
  const summary: AssessmentSummary = { up: 0, down: 0, judges: [], otherHuman: [], expectations: 0, score: 0 };
  for (const assessment of assessments) {
    if (!assessment.valid) continue;
    if (assessment.kind === "expectation") {
      summary.expectations++;
      continue;
    }
    if (assessment.kind !== "feedback") continue;
    const human = assessment.sourceType === "HUMAN";
    if (human && typeof assessment.value === "boolean") {
      if (assessment.value) summary.up++;
      else summary.down++;
      continue;
    }
    const result: JudgeResult = {
      name: assessment.name,
      label: assessment.error ? "error" : label(assessment.value),
      verdict: assessment.error ? "error" : verdictOf(assessment.value),
      source: assessment.sourceId ?? assessment.sourceType,
    };
    (human ? summary.otherHuman : summary.judges).push(result);
  }
  const passes = summary.judges.filter((judge) => judge.verdict === "pass").length;
  const fails = summary.judges.filter((judge) => judge.verdict === "fail").length;
  summary.score = (summary.up - summary.down) * 100 + passes - fails;
  return summary;
}
