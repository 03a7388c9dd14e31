// Autocomplete for the filter box: what may come at the cursor (a prefix, a key, a comparator valid for
// the key, a known value, AND), read from the vocabulary tables and what the experiment holds.
import { type FilterFields, type FilterVocabulary, type KeySpec, type PrefixKind, keySpecFor, traceFields } from "./fields";
import { splitIdentifier } from "./parse";
import { formatIdentifier, formatValue } from "./serialize";
import { type Token, tokenize } from "./tokenize";

export interface Completion {
  /** What the list shows. */
  label: string;
  /** What replaces text.slice(from, to). */
  insert: string;
  detail?: string;
}

export interface Completions {
  from: number;
  to: number;
  items: Completion[];
}

const MAX_ITEMS = 40;

export function completeFilter(text: string, position: number, vocabulary: FilterVocabulary, fields: FilterFields = traceFields): Completions {
  const tokens = tokenize(text.slice(0, position));
  const last = tokens.at(-1);
  if (last?.kind === "number" && last.end === position) return { from: position, to: position, items: [] };
  const typing = last !== undefined && last.end === position && last.kind !== "rparen" && !(last.kind === "string" || last.kind === "dquoted" || last.kind === "number");
  const partial = typing ? last : undefined;
  const done = typing ? tokens.slice(0, -1) : tokens;
  const clauseStart = done.findLastIndex((token) => token.kind === "keyword" && token.text.toUpperCase() === "AND") + 1;
  const clause = done.slice(clauseStart);
  const from = partial?.start ?? position;
  const to = partial ? tokenEnd(text, partial) : position;
  const typed = partial?.text ?? "";
  const result = (items: Completion[]) => ({ from, to, items: narrow(items, typed).slice(0, MAX_ITEMS) });

  if (clause.length === 0) return result(keyCompletions(typed, vocabulary, fields));
  const identifier = clause[0];
  if (identifier.kind !== "identifier") return result([]);
  const { prefix, key } = splitIdentifier(identifier.text, fields);
  const spec = prefix ? keySpecFor(fields, prefix, key) : undefined;
  if (!prefix || !spec) return result([]);
  const rest = clause.slice(1);
  const comparator = readComparatorWords(rest);
  if (comparator.tokens < rest.length || (comparator.complete && !typing)) {
    const valueTokens = rest.slice(comparator.tokens);
    if (valueTokens.length === 0 && comparator.complete && !comparator.text.startsWith("IS")) return result(valueCompletions(prefix, key, spec, comparator.text, vocabulary));
    if (comparator.complete && !typing) return result([{ label: "AND", insert: "AND ", detail: "add another clause" }]);
    return result([]);
  }
  if (partial && (partial.kind === "string" || partial.kind === "unclosed") && comparator.complete) {
    return result(valueCompletions(prefix, key, spec, comparator.text, vocabulary));
  }
  const soFar = [...rest.map((token) => token.text), typed].join(" ").trim().toUpperCase();
  const comparators = spec.comparators.filter((candidate) => candidate.startsWith(soFar));
  const comparatorFrom = rest[0]?.start ?? from;
  return {
    from: comparatorFrom,
    to,
    items: comparators.map((candidate) => ({ label: candidate, insert: `${candidate} `, detail: describeComparator(candidate) })),
  };
}

function tokenEnd(text: string, token: Token): number {
  const after = tokenize(text.slice(token.start))[0];
  return after ? token.start + after.end : token.end;
}

/** The comparator words after the key: how many tokens they use and whether they form a whole one. */
function readComparatorWords(tokens: Token[]): { text: string; tokens: number; complete: boolean } {
  const first = tokens[0];
  if (!first) return { text: "", tokens: 0, complete: false };
  if (first.kind === "operator") return { text: first.text, tokens: 1, complete: true };
  const words: string[] = [];
  for (const token of tokens) {
    if (token.kind !== "keyword") break;
    words.push(token.text.toUpperCase());
    const text = words.join(" ");
    if (["LIKE", "ILIKE", "RLIKE", "IN", "NOT IN", "IS NULL", "IS NOT NULL"].includes(text)) return { text, tokens: words.length, complete: true };
  }
  return { text: words.join(" "), tokens: words.length, complete: false };
}

function narrow(items: Completion[], typed: string): Completion[] {
  const needle = typed.replace(/^['"`]/, "").toLowerCase();
  if (!needle) return items;
  const starts = items.filter((item) => item.insert.toLowerCase().startsWith(typed.toLowerCase()) || item.label.toLowerCase().startsWith(needle));
  const contains = items.filter((item) => !starts.includes(item) && item.label.toLowerCase().includes(needle));
  return [...starts, ...contains];
}

function keyCompletions(typed: string, vocabulary: FilterVocabulary, fields: FilterFields): Completion[] {
  const items: Completion[] = [];
  const key = (prefix: PrefixKind, name: string, detail: string) => items.push({ label: formatIdentifier(prefix, name, fields), insert: `${formatIdentifier(prefix, name, fields)} `, detail });
  const dot = typed.indexOf(".");
  if (dot === -1) {
    for (const prefix of fields.prefixes) if (prefix.kind !== "issue") items.push({ label: `${prefix.canonical}.`, insert: `${prefix.canonical}.`, detail: prefix.description });
  }
  for (const spec of fields.attributes) key("attribute", spec.key, spec.description);
  key("metadata", "mlflow.trace.user", "the user of the trace");
  key("metadata", "mlflow.trace.session", "the session of the trace");
  for (const tag of vocabulary.tagKeys) key("tag", tag, "tag");
  for (const name of vocabulary.metadataKeys) if (!name.startsWith("mlflow.trace.user") && !name.startsWith("mlflow.trace.session")) key("metadata", name, "metadata");
  for (const spec of fields.spanKeys) if (spec.key !== "attributes.") key("span", spec.key, spec.description);
  items.push({ label: "span.attributes.`…`", insert: "span.attributes.`", detail: fields.spanKeys.find((spec) => spec.key === "attributes.")?.description });
  for (const name of vocabulary.feedbackNames) key("feedback", name, "feedback");
  for (const name of vocabulary.expectationNames) key("expectation", name, "expectation");
  return items;
}

function valueCompletions(prefix: PrefixKind, key: string, spec: KeySpec, comparator: string, vocabulary: FilterVocabulary): Completion[] {
  const list = comparator === "IN" || comparator === "NOT IN";
  const value = (raw: string, detail?: string): Completion => {
    const written = list ? formatValue([raw]) : formatValue(raw);
    return { label: written, insert: `${written} `, detail };
  };
  if (spec.valueType === "text" || (comparator.includes("LIKE") && comparator !== "RLIKE")) return [{ label: "'%…%'", insert: "'%", detail: "% matches any text" }];
  if (spec.valueType === "number") return [];
  const known: string[] = [...(spec.values ?? [])];
  if (spec.valuesFrom) known.push(...(vocabulary[spec.valuesFrom] as string[]));
  if (prefix === "metadata" && key === "mlflow.trace.user") known.push(...vocabulary.users);
  if (prefix === "metadata" && key === "mlflow.trace.session") known.push(...vocabulary.sessions);
  if (prefix === "tag") known.push(...(vocabulary.tagValues[key] ?? []));
  if (prefix === "feedback" || prefix === "expectation") {
    const seen = vocabulary.assessmentValues[key] ?? [];
    const numeric = ["<", "<=", ">", ">="].includes(comparator);
    const values = seen.filter((item) => numeric === /^-?\d+(\.\d+)?$/.test(item));
    return values.map((item) => (numeric ? { label: item, insert: `${item} ` } : value(item)));
  }
  return [...new Set(known)].map((item) => value(item));
}

function describeComparator(comparator: string): string {
  const descriptions: Record<string, string> = {
    "=": "equals",
    "!=": "does not equal",
    "<": "less than",
    "<=": "at most",
    ">": "greater than",
    ">=": "at least",
    LIKE: "matches a pattern (% any text, _ one character)",
    ILIKE: "matches a pattern, ignoring case",
    RLIKE: "matches a regular expression",
    IN: "one of a list",
    "NOT IN": "none of a list",
    "IS NULL": "is not set",
    "IS NOT NULL": "is set",
  };
  return descriptions[comparator] ?? "";
}
