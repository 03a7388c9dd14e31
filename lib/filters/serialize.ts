// Clauses → MLflow filter text in the canonical spelling: `trace.` for attributes, backticks around keys
// that are not plain words, single quotes unless the value holds one.
import { type Comparator, type FilterFields, type PrefixKind, prefixSpec, traceFields } from "./fields";
import type { FilterValue } from "./parse";
import { quoteValue } from "./quote";

export interface ClauseSpec {
  prefix: PrefixKind;
  key: string;
  comparator: Comparator;
  value: FilterValue;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A key as it must be written after its prefix; dotted or special keys get backticks. */
export function quoteKey(key: string): string {
  if (PLAIN_KEY.test(key)) return key;
  if (key.includes("`")) throw new Error(`The key ${key} contains a backtick, which MLflow's filter language cannot express.`);
  return `\`${key}\``;
}

export function formatIdentifier(prefix: PrefixKind, key: string, fields: FilterFields = traceFields): string {
  const written = prefix === "span" && key.startsWith("attributes.") ? `attributes.${quoteKey(key.slice("attributes.".length))}` : quoteKey(key);
  return `${prefixSpec(fields, prefix).canonical}.${written}`;
}

export function formatValue(value: FilterValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return `(${value.map(quoteValue).join(", ")})`;
  return quoteValue(value);
}

export function formatClause(clause: ClauseSpec, fields: FilterFields = traceFields): string {
  const identifier = formatIdentifier(clause.prefix, clause.key, fields);
  if (clause.comparator === "IS NULL" || clause.comparator === "IS NOT NULL") return `${identifier} ${clause.comparator}`;
  return `${identifier} ${clause.comparator} ${formatValue(clause.value)}`;
}

export function serializeFilter(clauses: ClauseSpec[], fields: FilterFields = traceFields): string {
  return clauses.map((clause) => formatClause(clause, fields)).join(" AND ");
}

/** Joins filter strings with AND, leaving each exactly as written (empty ones are skipped). */
export function joinFilters(...parts: (string | null | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? "")
    .filter(Boolean)
    .map((part, index, all) => (index < all.length - 1 ? part.replace(/\s+AND$/i, "") : part))
    .join(" AND ");
}
