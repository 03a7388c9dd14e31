// How an assessment's value reads in the UI: short text and a tone for colour.
import type { Assessment } from "@/lib/types/assessment";
import { rangeOf } from "./metadata-keys";

export const MAX_VALUE_CHARS = 500;

export interface DisplayValue {
  text: string;
  tone: "positive" | "negative" | "neutral" | "error";
}

const cut = (text: string) => (text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text);

const POSITIVE = new Set(["yes", "pass", "passed", "correct", "true", "good"]);
const NEGATIVE = new Set(["no", "fail", "failed", "incorrect", "false", "bad"]);

export function displayValue(assessment: Pick<Assessment, "value" | "metadata" | "error">): DisplayValue {
  const { value } = assessment;
  if (assessment.error && (value === null || value === undefined)) {
    return { text: cut(`error${assessment.error.code ? ` ${assessment.error.code}` : ""}${assessment.error.message ? `: ${assessment.error.message}` : ""}`), tone: "error" };
  }
  if (typeof value === "boolean") return { text: value ? "yes" : "no", tone: value ? "positive" : "negative" };
  if (typeof value === "number") {
    const range = rangeOf(assessment.metadata);
    const text = range ? `${value} on ${range.min}–${range.max}` : String(value);
    const tone = range ? (value >= range.min + (range.max - range.min) / 2 ? "positive" : "negative") : "neutral";
    return { text, tone };
  }
  if (typeof value === "string") {
    const lower = value.trim().toLowerCase();
    return { text: cut(value), tone: POSITIVE.has(lower) ? "positive" : NEGATIVE.has(lower) ? "negative" : "neutral" };
  }
  if (Array.isArray(value)) return { text: cut(value.map((item) => (typeof item === "string" ? item : JSON.stringify(item))).join(" · ")) || "(empty list)", tone: "neutral" };
  if (value === null || value === undefined) return { text: "—", tone: "neutral" };
  return { text: cut(JSON.stringify(value)), tone: "neutral" };
}

const SOURCE_LABELS: Record<string, string> = { HUMAN: "human", LLM_JUDGE: "LLM judge", CODE: "code" };

export function sourceLabel(sourceType: string): string {
  return SOURCE_LABELS[sourceType] ?? sourceType.toLowerCase().replace(/_/g, " ");
}
