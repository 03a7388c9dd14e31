// The assessment form's draft (what the user typed) ⇄ validated input, with one message per field.
import type { Assessment } from "@/lib/types/assessment";
import { rangeOf } from "./metadata-keys";
import { AssessmentInput, type AssessmentValue } from "./schemas";

export type ValueType = "boolean" | "score" | "label" | "text" | "expected_response" | "expected_facts";

export const VALUE_TYPES: { type: ValueType; label: string; kind: "feedback" | "expectation" }[] = [
  { type: "boolean", label: "Pass / fail", kind: "feedback" },
  { type: "score", label: "Score", kind: "feedback" },
  { type: "label", label: "Label", kind: "feedback" },
  { type: "text", label: "Text", kind: "feedback" },
  { type: "expected_response", label: "Expected response", kind: "expectation" },
  { type: "expected_facts", label: "Expected facts", kind: "expectation" },
];

export interface AssessmentDraft {
  type: ValueType;
  name: string;
  booleanValue: boolean | null;
  score: string;
  rangeMin: string;
  rangeMax: string;
  label: string;
  text: string;
  /** One fact per line. */
  facts: string;
  rationale: string;
}

export type DraftField = "name" | "value" | "range" | "rationale" | "form";

export function emptyDraft(type: ValueType = "score", name = ""): AssessmentDraft {
  const defaultName = type === "expected_response" || type === "expected_facts" ? type : name;
  return { type, name: defaultName, booleanValue: null, score: "", rangeMin: "0", rangeMax: "1", label: "", text: "", facts: "", rationale: "" };
}

export function kindOf(type: ValueType): "feedback" | "expectation" {
  return VALUE_TYPES.find((t) => t.type === type)!.kind;
}

/**
 * The name after the kind changes: expectations get their conventional name (expected_response,
 * expected_facts) unless the user typed one of their own for an expectation; leaving the
 * expectations drops it again.
 */
export function nameAfterTypeChange(from: ValueType, to: ValueType, name: string): string {
  const isDefault = name === "" || name === "expected_response" || name === "expected_facts";
  if (kindOf(to) === "expectation") return isDefault || kindOf(from) !== "expectation" ? to : name;
  return kindOf(from) === "expectation" && isDefault ? "" : name;
}

/** A draft of an existing assessment, for editing or overriding it. */
export function draftFrom(assessment: Assessment): AssessmentDraft {
  const base = emptyDraft("text", assessment.name);
  const value = assessment.value;
  const expectation = assessment.kind === "expectation";
  if (typeof value === "boolean") return { ...base, type: "boolean", booleanValue: value };
  if (typeof value === "number") {
    const range = rangeOf(assessment.metadata);
    return { ...base, type: "score", score: String(value), rangeMin: range ? String(range.min) : "", rangeMax: range ? String(range.max) : "" };
  }
  if (Array.isArray(value)) return { ...base, type: expectation ? "expected_facts" : "label", facts: value.join("\n"), label: value.join(", ") };
  const text = typeof value === "string" ? value : value === null || value === undefined ? "" : JSON.stringify(value);
  if (expectation) return { ...base, type: "expected_response", text };
  return text.length <= 60 && !text.includes("\n") ? { ...base, type: "label", label: text } : { ...base, type: "text", text };
}

function draftValue(draft: AssessmentDraft): { value?: AssessmentValue; range?: { min: number; max: number }; error?: [DraftField, string] } {
  switch (draft.type) {
    case "boolean":
      return draft.booleanValue === null ? { error: ["value", "choose pass or fail"] } : { value: draft.booleanValue };
    case "score": {
      if (draft.score.trim() === "") return { error: ["value", "enter a score"] };
      const value = Number(draft.score);
      if (!Number.isFinite(value)) return { error: ["value", "the score must be a number"] };
      if (draft.rangeMin.trim() === "" && draft.rangeMax.trim() === "") return { value };
      const min = Number(draft.rangeMin);
      const max = Number(draft.rangeMax);
      if (draft.rangeMin.trim() === "" || draft.rangeMax.trim() === "" || !Number.isFinite(min) || !Number.isFinite(max)) return { error: ["range", "give both ends of the range as numbers, or neither"] };
      return { value, range: { min, max } };
    }
    case "label":
      return { value: draft.label.trim() };
    case "text":
    case "expected_response":
      return { value: draft.text };
    case "expected_facts":
      return { value: draft.facts.split("\n").map((line) => line.trim()).filter(Boolean) };
  }
}

export type DraftResult = { ok: true; input: AssessmentInput } | { ok: false; errors: Partial<Record<DraftField, string>> };

/** Validates the draft with the same schema the server uses; each problem is reported on its field. */
export function inputFromDraft(draft: AssessmentDraft, context: { spanId?: string | null; overrides?: string; requestKey?: string }): DraftResult {
  const { value, range, error } = draftValue(draft);
  if (error) return { ok: false, errors: { [error[0]]: error[1] } };
  const parsed = AssessmentInput.safeParse({
    name: draft.name,
    kind: kindOf(draft.type),
    value,
    rationale: draft.rationale.trim() === "" ? undefined : draft.rationale,
    spanId: context.spanId ?? undefined,
    overrides: context.overrides,
    range,
    requestKey: context.requestKey,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Partial<Record<DraftField, string>> = {};
  for (const issue of parsed.error.issues) {
    const head = issue.path[0];
    const field: DraftField = head === "name" || head === "value" || head === "range" || head === "rationale" ? head : "form";
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
