// Edits a filter string in place, clause by clause, so the rest of what the user typed stays exactly as
// written (quick filters and the free-text box go through these).
import type { FilterClause } from "./parse";

/** Appends a clause with AND. */
export function appendClause(filter: string, clauseText: string): string {
  const trimmed = filter.trimEnd();
  if (!trimmed) return clauseText;
  if (/(^|\s)AND$/i.test(trimmed)) return `${trimmed} ${clauseText}`;
  return `${trimmed} AND ${clauseText}`;
}

/** Removes a clause and one AND next to it (the following one, else the preceding one). */
export function removeClause(filter: string, clause: Pick<FilterClause, "start" | "end">): string {
  const before = filter.slice(0, clause.start);
  const after = filter.slice(clause.end);
  const following = /^\s*AND\b\s*/i.exec(after);
  if (following) return `${before}${after.slice(following[0].length)}`.trim();
  const preceding = /\s*\bAND\s*$/i.exec(before);
  if (preceding) return `${before.slice(0, preceding.index)}${after}`.trim();
  return `${before}${after}`.trim();
}

/** Replaces a clause's text, keeping everything around it. */
export function replaceClause(filter: string, clause: Pick<FilterClause, "start" | "end">, clauseText: string): string {
  return `${filter.slice(0, clause.start)}${clauseText}${filter.slice(clause.end)}`;
}
