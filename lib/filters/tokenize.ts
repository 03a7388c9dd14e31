// The lexer of MLflow's trace filter language, after the sqlparse rules MLflow parses with: single-
// and double-quoted strings (no escape processing: '' and \' stay in the value), dotted identifiers
// whose parts may be `backticked` or "double-quoted", numbers, comparators and parentheses.

export type TokenKind =
  | "identifier" // status, trace.status, tags.`mlflow.traceName`
  | "keyword" // AND OR NOT IN IS NULL LIKE ILIKE RLIKE TRUE FALSE
  | "string" // 'text'
  | "dquoted" // "text": a string as a value, a quoted key after a dot
  | "number"
  | "operator" // = != <> == < <= > >=
  | "lparen"
  | "rparen"
  | "comma"
  | "semicolon"
  | "unclosed" // a quote or backtick that never closes; runs to the end
  | "other";

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

export const KEYWORDS = new Set(["AND", "OR", "NOT", "IN", "IS", "NULL", "LIKE", "ILIKE", "RLIKE", "TRUE", "FALSE"]);

const WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![A-Za-z_])/y;
const OPERATOR = /!=|<>|==|<=|>=|=|<|>/y;

function match(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  const found = pattern.exec(text);
  return found ? found[0] : null;
}

/** The end of a quoted run starting at `at` (exclusive), or -1 when it never closes. */
function quotedEnd(text: string, at: number, quote: string): number {
  for (let i = at + 1; i < text.length; i++) {
    const char = text[i];
    if (char === "\\" && quote !== "`" && text[i + 1] === quote) i++;
    else if (char === quote) {
      if (quote !== "`" && text[i + 1] === quote) i++;
      else return i + 1;
    }
  }
  return -1;
}

/** One identifier part: a word, a `backticked` or a "double-quoted" name. */
function identifierPart(text: string, at: number): number {
  const char = text[at];
  if (char === "`" || char === '"') return quotedEnd(text, at, char);
  const word = match(WORD, text, at);
  return word ? at + word.length : -1;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ kind, text: text.slice(at, end), start: at, end });
    at = end;
  };
  while (at < text.length) {
    const char = text[at];
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    if (char === "'") {
      const end = quotedEnd(text, at, "'");
      push(end === -1 ? "unclosed" : "string", end === -1 ? text.length : end);
      continue;
    }
    if (char === '"' || char === "`") {
      const end = quotedEnd(text, at, char);
      if (end === -1) push("unclosed", text.length);
      else if (char === "`" || text[end] === ".") push("identifier", identifierEnd(text, at));
      else push("dquoted", end);
      continue;
    }
    const word = match(WORD, text, at);
    if (word) {
      const end = identifierEnd(text, at);
      const isKeyword = end === at + word.length && KEYWORDS.has(word.toUpperCase());
      push(isKeyword ? "keyword" : "identifier", end);
      continue;
    }
    const number = match(NUMBER, text, at);
    if (number) {
      push("number", at + number.length);
      continue;
    }
    const operator = match(OPERATOR, text, at);
    if (operator) {
      push("operator", at + operator.length);
      continue;
    }
    const single: Record<string, TokenKind> = { "(": "lparen", ")": "rparen", ",": "comma", ";": "semicolon" };
    push(single[char] ?? "other", at + 1);
  }
  return tokens;
}

/** The end of a dotted identifier starting at `at`; an unclosed quoted part runs to the end. */
function identifierEnd(text: string, at: number): number {
  let end = identifierPart(text, at);
  if (end === -1) return text.length;
  while (text[end] === ".") {
    const next = identifierPart(text, end + 1);
    if (next === -1) return text[end + 1] === "`" || text[end + 1] === '"' ? text.length : end + 1;
    end = next;
  }
  return end;
}

/** Splits an identifier at its dots, outside quotes, and unquotes each part. */
export function identifierParts(identifier: string): { raw: string; name: string; start: number }[] {
  const parts: { raw: string; name: string; start: number }[] = [];
  let at = 0;
  while (at <= identifier.length) {
    let end = identifierPart(identifier, at);
    if (end === -1) end = identifier.indexOf(".", at) === -1 ? identifier.length : identifier.indexOf(".", at);
    const raw = identifier.slice(at, end);
    parts.push({ raw, name: unquoteName(raw), start: at });
    if (identifier[end] !== ".") break;
    at = end + 1;
  }
  return parts;
}

export function unquoteName(raw: string): string {
  if (raw.length >= 2 && (raw[0] === "`" || raw[0] === '"') && raw.endsWith(raw[0])) return raw.slice(1, -1);
  return raw;
}
