// MLflow filter clauses that select traces by session or user. Apps set these as trace metadata
// (`mlflow.trace.session`, `mlflow.trace.user`); some set a tag of the same name instead. The
// metadata value wins, so the tag form only matches traces without the metadata key. Pure.
import { quoteValue } from "./quote";

export type GroupKeyName = "mlflow.trace.session" | "mlflow.trace.user";
export type GroupKeySource = "metadata" | "tag";

const field = (source: GroupKeySource, key: GroupKeyName) => `${source}.\`${key}\``;

/** Restricts a tag-form clause to traces that lack the metadata key. */
function scoped(source: GroupKeySource, key: GroupKeyName, clause: string): string {
  return source === "tag" ? `${field("metadata", key)} IS NULL AND ${clause}` : clause;
}

/** Traces that belong to some session (or user). */
export function hasKey(key: GroupKeyName, source: GroupKeySource): string {
  return scoped(source, key, `${field(source, key)} IS NOT NULL`);
}

/** Traces of one session (or user). Throws UnquotableValueError for a value with both quote kinds. */
export function keyEquals(key: GroupKeyName, source: GroupKeySource, value: string): string {
  return scoped(source, key, `${field(source, key)} = ${quoteValue(value)}`);
}

/** Traces whose session (or user) id contains `text`, ignoring case. */
export function keyContains(key: GroupKeyName, source: GroupKeySource, text: string): string {
  return scoped(source, key, `${field(source, key)} ILIKE ${quoteValue(`%${text}%`)}`);
}

/** Joins the non-empty parts with AND (MLflow's filter language has no OR and no parentheses). */
export function allOf(...parts: (string | null | undefined)[]): string | undefined {
  const clauses = parts.map((part) => part?.trim()).filter((part): part is string => !!part);
  return clauses.length ? clauses.join(" AND ") : undefined;
}
