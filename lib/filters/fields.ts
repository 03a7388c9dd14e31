// The vocabulary of MLflow's trace filter language as plain data: prefixes, attribute keys with their
// aliases, the comparators each accepts and the values we know. The parser, the diagnostics, the
// autocomplete and the help text all read these tables, so they cannot drift apart.
//
// Mirrors SearchTraceUtils (mlflow/utils/search_utils.py) and the SQL store's filter compiler of the
// pinned MLflow 3.18.0; lib/mlflow/fixtures/filter-verdicts.json holds the server's own verdicts.

export type PrefixKind = "attribute" | "tag" | "metadata" | "span" | "feedback" | "expectation" | "issue";

export type Comparator = "=" | "!=" | "<" | "<=" | ">" | ">=" | "LIKE" | "ILIKE" | "RLIKE" | "IN" | "NOT IN" | "IS NULL" | "IS NOT NULL";

export const NUMERIC_COMPARATORS: readonly Comparator[] = ["=", "!=", "<", "<=", ">", ">="];
export const STRING_ATTRIBUTE_COMPARATORS: readonly Comparator[] = ["=", "!=", "IN", "NOT IN", "LIKE", "ILIKE", "RLIKE"];
export const KEY_VALUE_COMPARATORS: readonly Comparator[] = ["=", "!=", "LIKE", "ILIKE", "RLIKE", "IS NULL", "IS NOT NULL"];
export const TEXT_COMPARATORS: readonly Comparator[] = ["LIKE", "ILIKE"];
export const ASSESSMENT_COMPARATORS: readonly Comparator[] = ["=", "!=", "<", "<=", ">", ">=", "LIKE", "ILIKE", "RLIKE", "IS NULL", "IS NOT NULL"];
/** Assessment comparators that need a bare number; the others need a quoted string. */
export const ASSESSMENT_NUMERIC_COMPARATORS: readonly Comparator[] = ["<", "<=", ">", ">="];

export interface PrefixSpec {
  kind: PrefixKind;
  /** The spelling we write and suggest. */
  canonical: string;
  /** Every spelling MLflow accepts (case-sensitive), canonical included. */
  spellings: readonly string[];
  description: string;
}

/** What a value is compared as; decides quoting and the comparators offered. */
export type ValueType = "number" | "string" | "text" | "assessment";

export interface KeySpec {
  key: string;
  aliases: readonly string[];
  valueType: ValueType;
  comparators: readonly Comparator[];
  description: string;
  /** Values the server knows by heart (e.g. trace states). */
  values?: readonly string[];
  /** The vocabulary list (seen in the experiment) that completes its values. */
  valuesFrom?: keyof FilterVocabulary;
  /** A caveat shown with the clause. */
  caveat?: string;
}

export interface FilterFields {
  prefixes: readonly PrefixSpec[];
  /** Keys after `trace.` (or with no prefix). */
  attributes: readonly KeySpec[];
  /** Keys after `span.`; `attributes.<name>` is open-ended. */
  spanKeys: readonly KeySpec[];
  /** Keys after `issue.`. */
  issueKeys: readonly KeySpec[];
  /** Attribute keys people try that do not exist, with what to write instead. */
  misspelledAttributes: Readonly<Record<string, string>>;
}

/** What completion knows about one experiment (seen in its recent traces). */
export interface FilterVocabulary {
  tagKeys: string[];
  metadataKeys: string[];
  feedbackNames: string[];
  expectationNames: string[];
  users: string[];
  sessions: string[];
  traceNames: string[];
  tagValues: Record<string, string[]>;
  /** Values seen per assessment name, as the filter compares them ('true', 'yes', '0.8'). */
  assessmentValues: Record<string, string[]>;
}

export const EMPTY_VOCABULARY: FilterVocabulary = {
  tagKeys: [],
  metadataKeys: [],
  feedbackNames: [],
  expectationNames: [],
  users: [],
  sessions: [],
  traceNames: [],
  tagValues: {},
  assessmentValues: {},
};

export const TRACE_STATES = ["OK", "ERROR", "IN_PROGRESS"] as const;
export const SPAN_TYPES = ["AGENT", "CHAIN", "CHAT_MODEL", "EMBEDDING", "LLM", "MEMORY", "PARSER", "RERANKER", "RETRIEVER", "TOOL", "UNKNOWN"] as const;
export const SPAN_STATES = ["OK", "ERROR", "UNSET"] as const;

export const traceFields: FilterFields = {
  prefixes: [
    { kind: "attribute", canonical: "trace", spellings: ["trace", "attribute", "attributes"], description: "trace attributes: status, times, name, ids, text" },
    { kind: "tag", canonical: "tags", spellings: ["tags", "tag"], description: "trace tags (mutable key/value pairs)" },
    { kind: "metadata", canonical: "metadata", spellings: ["metadata", "request_metadata"], description: "trace metadata: user, session, source…" },
    { kind: "span", canonical: "span", spellings: ["span"], description: "a span of the trace: name, type, status, content, attributes" },
    { kind: "feedback", canonical: "feedback", spellings: ["feedback"], description: "feedback assessments by name" },
    { kind: "expectation", canonical: "expectation", spellings: ["expectation"], description: "expectation assessments by name" },
    { kind: "issue", canonical: "issue", spellings: ["issue"], description: "issues linked to the trace" },
  ],
  attributes: [
    { key: "status", aliases: [], valueType: "string", comparators: STRING_ATTRIBUTE_COMPARATORS, description: "trace state", values: TRACE_STATES },
    { key: "timestamp_ms", aliases: ["timestamp"], valueType: "number", comparators: NUMERIC_COMPARATORS, description: "request time, ms since the epoch" },
    { key: "execution_time_ms", aliases: ["execution_time"], valueType: "number", comparators: NUMERIC_COMPARATORS, description: "latency in ms (empty while in progress)" },
    { key: "end_time_ms", aliases: ["end_time"], valueType: "number", comparators: NUMERIC_COMPARATORS, description: "request time + latency, ms since the epoch" },
    { key: "name", aliases: [], valueType: "string", comparators: KEY_VALUE_COMPARATORS, description: "trace name (tag mlflow.traceName)", valuesFrom: "traceNames" },
    { key: "text", aliases: [], valueType: "text", comparators: TEXT_COMPARATORS, description: "full text of the spans; wrap the words in %…%" },
    { key: "client_request_id", aliases: [], valueType: "string", comparators: STRING_ATTRIBUTE_COMPARATORS, description: "the application's request id" },
    { key: "request_id", aliases: [], valueType: "string", comparators: STRING_ATTRIBUTE_COMPARATORS, description: "trace id (tr-…)" },
    { key: "run_id", aliases: [], valueType: "string", comparators: KEY_VALUE_COMPARATORS, description: "the MLflow run that produced the trace" },
    { key: "prompt", aliases: [], valueType: "string", comparators: ["="], description: "a linked prompt, 'name/version'" },
  ],
  spanKeys: [
    { key: "name", aliases: [], valueType: "string", comparators: STRING_ATTRIBUTE_COMPARATORS, description: "span name" },
    { key: "type", aliases: [], valueType: "string", comparators: STRING_ATTRIBUTE_COMPARATORS, description: "span type", values: SPAN_TYPES },
    { key: "status", aliases: [], valueType: "string", comparators: STRING_ATTRIBUTE_COMPARATORS, description: "span status", values: SPAN_STATES },
    { key: "content", aliases: [], valueType: "text", comparators: TEXT_COMPARATORS, description: "span inputs, outputs and attributes as text" },
    {
      key: "attributes.",
      aliases: [],
      valueType: "string",
      comparators: STRING_ATTRIBUTE_COMPARATORS,
      description: "a span attribute, e.g. span.attributes.`mlflow.llm.model`",
      caveat: "MLflow compares span attributes against their JSON text: = and IN rarely match; LIKE '%value%' does.",
    },
  ],
  issueKeys: [{ key: "id", aliases: [], valueType: "string", comparators: ["="], description: "issue id" }],
  misspelledAttributes: {
    user: "metadata.`mlflow.trace.user`",
    session: "metadata.`mlflow.trace.session`",
    session_id: "metadata.`mlflow.trace.session`",
    user_id: "metadata.`mlflow.trace.user`",
    state: "trace.status",
    duration: "trace.execution_time_ms",
    duration_ms: "trace.execution_time_ms",
    latency: "trace.execution_time_ms",
    latency_ms: "trace.execution_time_ms",
    trace_id: "trace.request_id",
    id: "trace.request_id",
    request_time: "trace.timestamp_ms",
    time: "trace.timestamp_ms",
    trace_name: "trace.name",
    request: "trace.text ILIKE '%…%'",
    response: "trace.text ILIKE '%…%'",
    tags: "tags.<key>",
    tag: "tags.<key>",
    metadata: "metadata.<key>",
    tokens: "(token counts cannot be filtered by the server; sort the loaded rows by tokens instead)",
  },
};

export function findPrefix(fields: FilterFields, spelling: string): PrefixSpec | undefined {
  return fields.prefixes.find((prefix) => prefix.spellings.includes(spelling));
}

export function prefixSpec(fields: FilterFields, kind: PrefixKind): PrefixSpec {
  return fields.prefixes.find((prefix) => prefix.kind === kind)!;
}

export function findAttribute(fields: FilterFields, key: string): KeySpec | undefined {
  return fields.attributes.find((spec) => spec.key === key || spec.aliases.includes(key));
}

export function findSpanKey(fields: FilterFields, key: string): KeySpec | undefined {
  if (key.startsWith("attributes.") && key.length > "attributes.".length) return fields.spanKeys.find((spec) => spec.key === "attributes.");
  return fields.spanKeys.find((spec) => spec.key === key);
}

const TAG_LIKE: KeySpec = { key: "", aliases: [], valueType: "string", comparators: KEY_VALUE_COMPARATORS, description: "" };
const ASSESSMENT: KeySpec = { key: "", aliases: [], valueType: "assessment", comparators: ASSESSMENT_COMPARATORS, description: "" };

/** The spec a clause's key is checked against; undefined when the key itself is unknown. */
export function keySpecFor(fields: FilterFields, kind: PrefixKind, key: string): KeySpec | undefined {
  switch (kind) {
    case "attribute":
      return findAttribute(fields, key);
    case "span":
      return findSpanKey(fields, key);
    case "issue":
      return fields.issueKeys.find((spec) => spec.key === key);
    case "tag":
    case "metadata":
      return key ? { ...TAG_LIKE, key } : undefined;
    case "feedback":
    case "expectation":
      return key ? { ...ASSESSMENT, key } : undefined;
  }
}
