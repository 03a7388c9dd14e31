// MLflow trace filter string → clauses with their positions, plus diagnostics for what the server
// would reject, each saying what to write instead. Nothing is dropped or rewritten: a clause keeps
// the exact text it came from (start/end), and anything that is not a clause becomes a diagnostic.
import { type Comparator, type FilterFields, type PrefixKind, findPrefix, traceFields } from "./fields";
import { type Token, tokenize, unquoteName } from "./tokenize";
import { checkClause } from "./validate";

export type FilterValue = string | number | string[] | null;

export interface FilterClause {
  /** What the key addresses, after MLflow's aliases (trace./attributes. → attribute, tags. → tag …). */
  prefix: PrefixKind;
  /** The prefix as written, or null for a bare attribute key (`status = 'OK'`). */
  prefixText: string | null;
  /** The key without quotes, as MLflow reads it (aliases such as `timestamp` are kept as written). */
  key: string;
  /** Upper-cased, as MLflow compares it. */
  comparator: Comparator | string;
  /** Quotes removed; a number for bare numbers; a list for IN; null for IS [NOT] NULL. */
  value: FilterValue;
  /** Where the clause is in the filter string: text.slice(start, end) is the clause as written. */
  start: number;
  end: number;
}

export type Severity = "error" | "warning";

export interface FilterDiagnostic {
  severity: Severity;
  message: string;
  /** What to write instead, when there is a clear fix. */
  hint?: string;
  start: number;
  end: number;
}

export interface ParsedFilter {
  clauses: FilterClause[];
  diagnostics: FilterDiagnostic[];
}

const OPERATOR_COMPARATORS = new Set(["=", "!=", "<", "<=", ">", ">=", "==", "<>"]);

class Cursor {
  index = 0;
  constructor(readonly tokens: Token[]) {}
  peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }
  next(): Token | undefined {
    return this.tokens[this.index++];
  }
  isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === "keyword" && token.text.toUpperCase() === word;
  }
}

/** Parses a filter string the way MLflow does; `fields` is the vocabulary (traces by default). */
export function parseFilter(text: string, fields: FilterFields = traceFields): ParsedFilter {
  const diagnostics: FilterDiagnostic[] = [];
  const clauses: FilterClause[] = [];
  const cursor = new Cursor(tokenize(text));
  const report = (severity: Severity, message: string, start: number, end: number, hint?: string) =>
    diagnostics.push({ severity, message, start, end, ...(hint ? { hint } : {}) });

  let expectingClause = true;
  while (cursor.peek()) {
    const token = cursor.peek()!;
    if (cursor.isKeyword("AND")) {
      if (expectingClause) report("warning", "AND with no clause before it.", token.start, token.end, "Remove the extra AND.");
      cursor.next();
      expectingClause = true;
      continue;
    }
    if (cursor.isKeyword("OR")) {
      cursor.next();
      report("error", "MLflow filters cannot use OR: clauses can only be joined with AND.", token.start, token.end, "For alternatives of one key use IN, e.g. trace.status IN ('OK', 'ERROR'); otherwise run two searches.");
      expectingClause = true;
      continue;
    }
    if (!expectingClause && token.kind === "identifier") {
      report("warning", "Two clauses without AND between them; MLflow reads them as joined by AND.", token.start, token.start, "Write AND between the clauses.");
    }
    const clause = readClause(cursor, text, fields, report);
    if (clause) {
      clauses.push(clause);
      diagnostics.push(...checkClause(clause, text, fields));
    }
    expectingClause = false;
  }
  const last = cursor.tokens.at(-1);
  if (last && last.kind === "keyword" && last.text.toUpperCase() === "AND") {
    report("warning", "The filter ends with AND.", last.start, last.end, "Finish the next clause or remove the AND.");
  }
  return { clauses, diagnostics };
}

type Report = (severity: Severity, message: string, start: number, end: number, hint?: string) => void;

/** Reads one clause; on a problem it reports, skips to the next AND and returns null. */
function readClause(cursor: Cursor, text: string, fields: FilterFields, report: Report): FilterClause | null {
  const first = cursor.next()!;
  const skip = (message: string, start: number, end: number, hint?: string) => {
    report("error", message, start, end, hint);
    while (cursor.peek() && !cursor.isKeyword("AND") && !cursor.isKeyword("OR")) cursor.next();
    return null;
  };
  if (first.kind === "unclosed") return skip(unclosedMessage(first), first.start, first.end, `Add the closing ${first.text[0]}.`);
  if (first.kind === "lparen") return skip("MLflow filters cannot group clauses with parentheses.", first.start, first.end, "Remove the parentheses: every clause is joined with AND.");
  if (first.kind === "semicolon") return skip("A ';' ends the filter early; MLflow rejects it.", first.start, first.end, "Remove the ';'.");
  if (first.kind !== "identifier") {
    return skip(`Expected a key such as trace.status, found ${first.text}.`, first.start, first.end, "Start each clause with a key: trace., tags., metadata., span., feedback. or expectation.");
  }
  const split = splitIdentifier(first.text, fields);
  if (!split.prefix) return skip(...unknownPrefix(split.prefixText ?? "", first, fields));
  const { prefix, prefixText, key } = { ...split, prefix: split.prefix };
  const comparatorStart = cursor.peek();
  const comparator = readComparator(cursor);
  if (!comparator) {
    if (comparatorStart && comparatorStart.start === first.end && comparatorStart.kind !== "operator") {
      const rest = text.slice(first.start).split(/\s/)[0];
      const dot = rest.indexOf(".");
      const quoted = dot === -1 ? `\`${rest}\`` : `${rest.slice(0, dot)}.\`${rest.slice(dot + 1)}\``;
      return skip(`The key ${rest} has characters that must be quoted.`, first.start, first.start + rest.length, `Write ${quoted}.`);
    }
    const found = comparatorStart ? `found ${comparatorStart.text}` : "the filter ends";
    return skip(`A comparator must follow ${first.text}; ${found}.`, comparatorStart?.start ?? first.end, comparatorStart?.end ?? first.end, "E.g. = 'value', != 'value', LIKE '%value%'.");
  }
  const clause = { prefix, prefixText, key, comparator, start: first.start };
  if (comparator === "IS NULL" || comparator === "IS NOT NULL") return { ...clause, value: null, end: cursor.tokens[cursor.index - 1].end };

  const valueToken = cursor.next();
  if (!valueToken) return skip(`${first.text} ${comparator} needs a value.`, first.start, text.length, "E.g. 'value' in quotes, or a number.");
  if (valueToken.kind === "unclosed") return skip(unclosedMessage(valueToken), valueToken.start, valueToken.end, `Add the closing ${valueToken.text[0]} after the value.`);
  if (valueToken.kind === "string" || valueToken.kind === "dquoted") return { ...clause, value: valueToken.text.slice(1, -1), end: valueToken.end };
  if (valueToken.kind === "number") return { ...clause, value: Number(valueToken.text), end: valueToken.end };
  if (valueToken.kind === "lparen") return readList(cursor, clause, valueToken, skip);
  if (valueToken.kind === "identifier" || valueToken.kind === "keyword") {
    return skip(`The value ${valueToken.text} must be quoted.`, valueToken.start, valueToken.end, `Write '${valueToken.text}'.`);
  }
  return skip(`Expected a value after ${comparator}, found ${valueToken.text}.`, valueToken.start, valueToken.end, "E.g. 'value' in quotes, or a number.");
}

function readList(cursor: Cursor, clause: Omit<FilterClause, "value" | "end">, open: Token, skip: (m: string, s: number, e: number, h?: string) => null): FilterClause | null {
  const items: string[] = [];
  let expectItem = true;
  for (let token = cursor.next(); token; token = cursor.next()) {
    if (token.kind === "rparen") {
      if (items.length === 0) return skip("An IN list cannot be empty.", open.start, token.end, "Put at least one quoted value in the parentheses.");
      if (expectItem) return skip("The IN list ends with a comma.", open.start, token.end, "Remove the trailing comma.");
      return { ...clause, value: items, end: token.end };
    }
    if (expectItem && (token.kind === "string" || token.kind === "dquoted")) {
      items.push(token.text.slice(1, -1));
      expectItem = false;
    } else if (!expectItem && token.kind === "comma") expectItem = true;
    else if (token.kind === "unclosed") return skip(unclosedMessage(token), token.start, token.end, `Add the closing ${token.text[0]}.`);
    else return skip(`IN lists hold quoted strings separated by commas; found ${token.text}.`, token.start, token.end, "E.g. IN ('OK', 'ERROR').");
  }
  return skip("The IN list is not closed.", open.start, open.end, "Add the closing ).");
}

function readComparator(cursor: Cursor): string | null {
  const token = cursor.peek();
  if (!token) return null;
  if (token.kind === "operator" && OPERATOR_COMPARATORS.has(token.text)) {
    cursor.next();
    return token.text;
  }
  if (token.kind !== "keyword") return null;
  const word = token.text.toUpperCase();
  if (word === "LIKE" || word === "ILIKE" || word === "RLIKE" || word === "IN") {
    cursor.next();
    return word;
  }
  if (word === "NOT" && cursor.isKeyword("IN", 1)) {
    cursor.index += 2;
    return "NOT IN";
  }
  if (word === "IS" && cursor.isKeyword("NULL", 1)) {
    cursor.index += 2;
    return "IS NULL";
  }
  if (word === "IS" && cursor.isKeyword("NOT", 1) && cursor.isKeyword("NULL", 2)) {
    cursor.index += 3;
    return "IS NOT NULL";
  }
  return null;
}

function unclosedMessage(token: Token): string {
  const quote = token.text[0] === "`" ? "backtick" : "quote";
  const preview = token.text.length > 24 ? `${token.text.slice(0, 24)}…` : token.text;
  return `Unclosed ${quote}: ${preview} never ends.`;
}

/** MLflow's own split: the prefix is what comes before the first dot; no dot means an attribute. */
export function splitIdentifier(identifier: string, fields: FilterFields = traceFields): { prefix: PrefixKind | null; prefixText: string | null; key: string } {
  const dot = identifier.indexOf(".");
  if (dot === -1) return { prefix: "attribute", prefixText: null, key: unquoteName(identifier) };
  const prefixText = unquoteName(identifier.slice(0, dot));
  return { prefix: findPrefix(fields, prefixText)?.kind ?? null, prefixText, key: unquoteName(identifier.slice(dot + 1)) };
}

function unknownPrefix(prefixText: string, token: Token, fields: FilterFields): [string, number, number, string] {
  const lower = findPrefix(fields, prefixText.toLowerCase());
  const names = fields.prefixes.filter((prefix) => prefix.kind !== "issue").map((prefix) => `${prefix.canonical}.`);
  const hint = lower ? `Prefixes are case-sensitive: write ${lower.canonical}.` : `Use one of ${names.join(", ")}`;
  return [`Unknown prefix ${prefixText}.`, token.start, token.start + prefixText.length, hint];
}

/** The clauses of a filter string, for code that only needs them (e.g. to push a filter elsewhere). */
export function filterClauses(text: string): FilterClause[] {
  return parseFilter(text).clauses;
}

/** True when MLflow would reject the filter for a reason we can tell before sending it. */
export function hasErrors(parsed: ParsedFilter): boolean {
  return parsed.diagnostics.some((diagnostic) => diagnostic.severity === "error");
}
