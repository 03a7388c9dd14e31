import { parseFilter } from "./parse";

// MLflow answers `trace.text` and `span.content` by reading span contents trace by trace (tens of
// milliseconds a trace on SQLite), and it finishes that work even after the client has given up.
// A search with such a clause stops at its page's last match; a count of it reads on to the end of
// the experiment. So the list never counts or prefetches those searches unasked.

const CONTENT_KEYS: Record<string, ReadonlySet<string>> = {
  attribute: new Set(["text"]),
  span: new Set(["content"]),
};

/** Whether the filter makes MLflow read span contents: a full count of it can take minutes. */
export function readsSpanContents(filter: string): boolean {
  return parseFilter(filter).clauses.some((clause) => CONTENT_KEYS[clause.prefix]?.has(clause.key.toLowerCase()) ?? false);
}
