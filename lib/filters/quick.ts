// Quick filters are ordinary clauses of the filter string: each one knows the clause it writes and how
// to recognise it in a string the user typed, so chips, the free-text box and the text stay in sync
// both ways. Editing goes through lib/filters/edit, which keeps the rest of the string as written.
import { TRACE_METADATA } from "@/lib/mlflow/keys";
import { appendClause, removeClause, replaceClause } from "./edit";
import { type FilterClause, parseFilter } from "./parse";
import { formatClause } from "./serialize";

export type QuickFilterId = "errors" | "negativeFeedback" | "slowerThan" | "user" | "session" | "tag" | "text";

/** The value a quick filter holds, when its clause is in the filter. */
export interface QuickFilterState {
  errors: boolean;
  negativeFeedback: string | null; // the feedback name
  slowerThanMs: number | null;
  user: string | null;
  session: string | null;
  tag: { key: string; value: string } | null;
  text: string | null;
}

const isAttribute = (clause: FilterClause, ...keys: string[]) => clause.prefix === "attribute" && keys.includes(clause.key);
const isMetadataEquals = (clause: FilterClause, key: string) => clause.prefix === "metadata" && clause.key === key && clause.comparator === "=" && typeof clause.value === "string";

export const QUICK_MATCHERS: Record<QuickFilterId, (clause: FilterClause) => boolean> = {
  errors: (clause) => isAttribute(clause, "status") && clause.comparator === "=" && clause.value === "ERROR",
  negativeFeedback: (clause) => clause.prefix === "feedback" && clause.comparator === "=" && clause.value === "false",
  slowerThan: (clause) => isAttribute(clause, "execution_time_ms", "execution_time") && clause.comparator === ">" && typeof clause.value === "number",
  user: (clause) => isMetadataEquals(clause, TRACE_METADATA.user),
  session: (clause) => isMetadataEquals(clause, TRACE_METADATA.session),
  tag: (clause) => clause.prefix === "tag" && clause.comparator === "=" && typeof clause.value === "string",
  text: (clause) => isAttribute(clause, "text") && clause.comparator === "ILIKE" && typeof clause.value === "string" && /^%.*%$/s.test(clause.value),
};

export function quickFilterState(filter: string): QuickFilterState {
  const { clauses } = parseFilter(filter);
  const find = (id: QuickFilterId) => clauses.find(QUICK_MATCHERS[id]);
  const tag = find("tag");
  const text = find("text");
  return {
    errors: Boolean(find("errors")),
    negativeFeedback: find("negativeFeedback")?.key ?? null,
    slowerThanMs: (find("slowerThan")?.value as number | undefined) ?? null,
    user: (find("user")?.value as string | undefined) ?? null,
    session: (find("session")?.value as string | undefined) ?? null,
    tag: tag ? { key: tag.key, value: tag.value as string } : null,
    text: text ? (text.value as string).slice(1, -1) : null,
  };
}

/** The clause text a quick filter writes for a value. */
export function quickClause(id: QuickFilterId, value: string | number, key?: string): string {
  switch (id) {
    case "errors":
      return formatClause({ prefix: "attribute", key: "status", comparator: "=", value: "ERROR" });
    case "negativeFeedback":
      return formatClause({ prefix: "feedback", key: String(value), comparator: "=", value: "false" });
    case "slowerThan":
      return formatClause({ prefix: "attribute", key: "execution_time_ms", comparator: ">", value: Number(value) });
    case "user":
      return formatClause({ prefix: "metadata", key: TRACE_METADATA.user, comparator: "=", value: String(value) });
    case "session":
      return formatClause({ prefix: "metadata", key: TRACE_METADATA.session, comparator: "=", value: String(value) });
    case "tag":
      return formatClause({ prefix: "tag", key: key ?? "", comparator: "=", value: String(value) });
    case "text":
      return formatClause({ prefix: "attribute", key: "text", comparator: "ILIKE", value: `%${value}%` });
  }
}

/**
 * Sets a quick filter in a filter string: replaces its clause when there is one, appends it when
 * not, removes it for a null value. Other clauses keep their exact text.
 */
export function setQuickFilter(filter: string, id: QuickFilterId, value: string | number | null, key?: string): string {
  const matches = (text: string) => parseFilter(text).clauses.filter(QUICK_MATCHERS[id]).filter((clause) => id !== "tag" || key === undefined || clause.key === key);
  const existing = matches(filter);
  if (value === null || value === "") {
    return [...existing].reverse().reduce((current, clause) => removeClause(current, clause), filter);
  }
  const text = quickClause(id, value, key);
  if (existing.length === 0) return appendClause(filter, text);
  let result = replaceClause(filter, existing[0], text);
  for (let found = matches(result); found.length > 1; found = matches(result)) result = removeClause(result, found[found.length - 1]);
  return result;
}
