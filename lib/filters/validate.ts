// Checks one parsed clause against the vocabulary: the key exists, the comparator is one MLflow accepts
// for it, the value has the type MLflow expects. Each problem says what to write instead.
import { ASSESSMENT_NUMERIC_COMPARATORS, type Comparator, type FilterFields, type KeySpec, type PrefixKind, keySpecFor, prefixSpec } from "./fields";
import type { FilterClause, FilterDiagnostic } from "./parse";

const SAME_AS: Record<string, Comparator> = { "==": "=", "<>": "!=" };

/**
 * MLflow rewrites these keys under every prefix but span. (after parsing, lower-cased), so
 * `tags.name` filters the trace name and `feedback.text` the span text.
 */
const REWRITTEN_KEYS: Record<string, { prefix: PrefixKind; key: string; written: string }> = {
  name: { prefix: "attribute", key: "name", written: "trace.name" },
  prompt: { prefix: "attribute", key: "prompt", written: "prompt" },
  run_id: { prefix: "attribute", key: "run_id", written: "trace.run_id" },
  text: { prefix: "attribute", key: "text", written: "trace.text" },
};

/** What MLflow really filters on for a clause (see REWRITTEN_KEYS). */
export function effectiveClause<T extends Pick<FilterClause, "prefix" | "key">>(clause: T): T {
  const rewritten = clause.prefix !== "span" && clause.prefix !== "attribute" ? REWRITTEN_KEYS[clause.key.toLowerCase()] : undefined;
  return rewritten ? { ...clause, prefix: rewritten.prefix, key: rewritten.key } : clause;
}

export function checkClause(written: FilterClause, text: string, fields: FilterFields): FilterDiagnostic[] {
  const problems: FilterDiagnostic[] = [];
  const at = { start: written.start, end: written.end };
  const error = (message: string, hint?: string) => problems.push({ severity: "error", message, ...at, ...(hint ? { hint } : {}) });
  const warning = (message: string, hint?: string) => problems.push({ severity: "warning", message, ...at, ...(hint ? { hint } : {}) });

  const clause = effectiveClause(written);
  if (clause !== written) {
    const target = REWRITTEN_KEYS[written.key.toLowerCase()].written;
    warning(`MLflow reads ${written.prefixText}.${written.key} as ${target}, not as a ${written.prefix} called ${written.key}.`, `Write ${target} if that is what you mean; a ${written.prefix} with this name cannot be filtered.`);
  }
  if (!clause.key && clause.prefix !== "attribute") {
    warning(`${written.prefixText}. has no key after the dot; it matches nothing.`, `E.g. ${prefixSpec(fields, clause.prefix).canonical}.<name>.`);
    return problems;
  }
  const spec = keySpecFor(fields, clause.prefix, clause.key);
  if (!spec) {
    error(...unknownKey(clause, fields));
    return problems;
  }
  const comparator = clause.comparator as Comparator;
  if (!spec.comparators.includes(comparator)) {
    const same = SAME_AS[clause.comparator];
    error(
      `${describeKey(clause)} does not accept ${clause.comparator}.`,
      same && spec.comparators.includes(same) ? `Write ${same}.` : `Use one of: ${spec.comparators.join(", ")}.`,
    );
    return problems;
  }
  checkValue(clause, spec, error, warning);
  if (spec.caveat && ["=", "!=", "IN", "NOT IN"].includes(comparator)) warning(spec.caveat, "Use LIKE '%value%'.");
  const raw = text.slice(clause.start, clause.end);
  if (/'(?:[^']*'')+[^']*'|\\'/.test(raw)) {
    warning("MLflow keeps '' and \\' inside quotes as they are; it does not read them as one quote.", `To match a value with a single quote, put it in double quotes: "it's".`);
  }
  return problems;
}

type Say = (message: string, hint?: string) => void;

function checkValue(clause: FilterClause, spec: KeySpec, error: Say, warning: Say) {
  const { comparator, value } = clause;
  if (comparator === "IS NULL" || comparator === "IS NOT NULL") return;
  const isList = Array.isArray(value);
  if ((comparator === "IN" || comparator === "NOT IN") !== isList) {
    error(isList ? `A list of values needs IN or NOT IN, not ${comparator}.` : `${comparator} takes a list in parentheses.`, isList ? undefined : `Write ${comparator} ('${String(value)}').`);
    return;
  }
  if (spec.valueType === "number") {
    if (typeof value === "string") warning(`${describeKey(clause)} is a number; a quoted value is compared as text.`, `Write the number without quotes: ${value}.`);
    return;
  }
  if (spec.valueType === "assessment") {
    const numeric = ASSESSMENT_NUMERIC_COMPARATORS.includes(comparator as Comparator);
    if (numeric && typeof value !== "number") error(`${comparator} compares ${clause.prefix} values as numbers; the value must be a bare number.`, `Write ${String(value)} without quotes.`);
    if (!numeric && typeof value === "number") error(`${clause.prefix} values are compared as text with ${comparator}; quote the value.`, `Write '${value}'.`);
    return;
  }
  if (typeof value === "number") {
    error(`${describeKey(clause)} compares text; quote the value.`, `Write '${value}'.`);
    return;
  }
  if (spec.valueType === "text" && typeof value === "string" && !value.includes("%") && !value.includes("_")) {
    warning(`${comparator} without % matches only the whole text.`, `Write '%${value}%' to find it anywhere.`);
  }
  if (clause.prefix === "attribute" && spec.key === "prompt" && typeof value === "string" && value.split("/").length !== 2) {
    error("A prompt filter names one prompt version as 'name/version'.", "E.g. prompt = 'my-prompt/3'.");
  }
}

export function describeKey(clause: Pick<FilterClause, "prefix" | "key">): string {
  return clause.prefix === "attribute" ? `trace.${clause.key}` : `${clause.prefix}.${clause.key}`;
}

function unknownKey(clause: FilterClause, fields: FilterFields): [string, string] {
  const written = clause.prefixText ? `${clause.prefixText}.${clause.key}` : clause.key;
  if (clause.prefix === "attribute") {
    const known = fields.attributes.map((spec) => spec.key);
    const instead = fields.misspelledAttributes[clause.key.toLowerCase()];
    const caseFix = known.find((key) => key.toLowerCase() === clause.key.toLowerCase());
    const close = instead ?? (caseFix ? `trace.${caseFix} (keys are case-sensitive)` : closest(clause.key, known)?.replace(/^/, "trace."));
    return [`Unknown trace attribute ${written}.`, close ? `Did you mean ${close}? Attributes: ${known.join(", ")}.` : `Attributes: ${known.join(", ")}.`];
  }
  if (clause.prefix === "span") {
    return [`Unknown span field ${written}.`, "Span fields: span.name, span.type, span.status, span.content, span.attributes.`<name>`."];
  }
  return [`Unknown ${clause.prefix} field ${written}.`, `Issues are filtered by issue.id = '<id>'.`];
}

/** The known key nearest to `word` by edit distance, when it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
