// A small markdown reader for LLM output: headings, paragraphs, lists, quotes, fenced code, rules,
// and inline code, bold, italic and links. It returns a tree of plain data that a component turns
// into React elements, so raw HTML in the text stays text. Links keep only http(s) targets.
import { safeHttpUrl } from "./safe-url";

export type Inline =
  | { t: "text"; v: string }
  | { t: "code"; v: string }
  | { t: "strong"; c: Inline[] }
  | { t: "em"; c: Inline[] }
  | { t: "link"; href: string | null; c: Inline[] };

export type Block =
  | { t: "p"; c: Inline[] }
  | { t: "h"; level: number; c: Inline[] }
  | { t: "code"; lang: string | null; v: string }
  | { t: "list"; ordered: boolean; items: Inline[][] }
  | { t: "quote"; c: Inline[] }
  | { t: "hr" };

/** Longer texts are shown as plain folded text; markdown over megabytes helps nobody. */
export const MAX_MARKDOWN_CHARS = 200_000;

const MAX_NESTING = 4;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const fence = /^\s*(```|~~~)\s*([\w+-]*)\s*$/.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
      i++;
      blocks.push({ t: "code", lang: fence[2] || null, v: body.join("\n") });
      continue;
    }
    if (line.trim() === "") {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ t: "h", level: heading[1].length, c: parseInline(heading[2].replace(/\s+#+\s*$/, "")) });
      i++;
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      blocks.push({ t: "hr" });
      i++;
      continue;
    }
    const item = listItem(line);
    if (item) {
      const items: Inline[][] = [];
      while (i < lines.length) {
        const next = listItem(lines[i]);
        if (next && next.ordered === item.ordered) items.push(parseInline(next.text));
        else if (items.length > 0 && /^\s{2,}\S/.test(lines[i])) items[items.length - 1].push({ t: "text", v: `\n${lines[i].trim()}` });
        else break;
        i++;
      }
      blocks.push({ t: "list", ordered: item.ordered, items });
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) quoted.push(lines[i++].replace(/^\s*>\s?/, ""));
      blocks.push({ t: "quote", c: parseInline(quoted.join("\n")) });
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i].trim() !== "" && !startsBlock(lines[i])) paragraph.push(lines[i++]);
    if (paragraph.length === 0) paragraph.push(lines[i++]);
    blocks.push({ t: "p", c: parseInline(paragraph.join("\n")) });
  }
  return blocks;
}

function listItem(line: string): { ordered: boolean; text: string } | null {
  const bullet = /^\s{0,3}[-*+]\s+(.*)$/.exec(line);
  if (bullet) return { ordered: false, text: bullet[1] };
  const numbered = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/.exec(line);
  return numbered ? { ordered: true, text: numbered[1] } : null;
}

function startsBlock(line: string): boolean {
  return /^\s*(```|~~~)/.test(line) || /^#{1,6}\s/.test(line) || listItem(line) !== null || /^\s*>/.test(line);
}

const WORD = /[\p{L}\p{N}]/u;

export function parseInline(source: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) out.push({ t: "text", v: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i, i + 8);
    const char = source[i];
    if (char === "\\" && i + 1 < source.length && /[\\`*_[\]()#>-]/.test(source[i + 1])) {
      buffer += source[i + 1];
      i += 2;
      continue;
    }
    if (char === "`") {
      const close = source.indexOf("`", i + 1);
      if (close > i + 1) {
        flush();
        out.push({ t: "code", v: source.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    }
    if (depth < MAX_NESTING && (rest.startsWith("**") || rest.startsWith("__")) && /\S/.test(source[i + 2] ?? " ") && !(char === "_" && WORD.test(source[i - 1] ?? ""))) {
      const marker = rest.slice(0, 2);
      const close = findDoubleClosing(source, marker, i + 2);
      if (close > i + 2) {
        flush();
        out.push({ t: "strong", c: parseInline(source.slice(i + 2, close), depth + 1) });
        i = close + 2;
        continue;
      }
    }
    if (depth < MAX_NESTING && (char === "*" || char === "_") && source[i + 1] !== " " && source[i + 1] !== char && source[i - 1] !== char && !(char === "_" && WORD.test(source[i - 1] ?? ""))) {
      const close = findClosing(source, char, i + 1);
      if (close > i + 1) {
        flush();
        out.push({ t: "em", c: parseInline(source.slice(i + 1, close), depth + 1) });
        i = close + 1;
        continue;
      }
    }
    if (char === "[" && depth < MAX_NESTING) {
      const link = /^\[([^\]\n]{1,1000})\]\(([^)\s]{0,4096})(?:\s+"[^"]*")?\)/.exec(source.slice(i, i + 6000));
      if (link) {
        flush();
        out.push({ t: "link", href: safeHttpUrl(link[2]), c: parseInline(link[1], depth + 1) });
        i += link[0].length;
        continue;
      }
    }
    if ((char === "h" || char === "H") && !WORD.test(source[i - 1] ?? "")) {
      const auto = /^https?:\/\/[^\s<>"']+/i.exec(source.slice(i, i + 4096));
      if (auto) {
        const url = auto[0].replace(/[.,;:!?)\]]+$/, "");
        flush();
        out.push({ t: "link", href: safeHttpUrl(url), c: [{ t: "text", v: url }] });
        i += url.length;
        continue;
      }
    }
    buffer += char;
    i++;
  }
  flush();
  return out;
}

/** A closing ** or __: not after whitespace, and __ not inside a word (CommonMark's flanking rules, simplified). */
function findDoubleClosing(source: string, marker: string, from: number): number {
  for (let j = source.indexOf(marker, from); j !== -1; j = source.indexOf(marker, j + 1)) {
    if (source.slice(from, j).includes("\n\n")) return -1;
    if (/\s/.test(source[j - 1])) continue;
    if (marker === "__" && WORD.test(source[j + 2] ?? "")) continue;
    return j;
  }
  return -1;
}

function findClosing(source: string, marker: string, from: number): number {
  for (let j = from; j < source.length; j++) {
    if (source[j] === "\n" && source[j + 1] === "\n") return -1;
    if (source[j] === marker && source[j - 1] !== " " && source[j + 1] !== marker && !(marker === "_" && WORD.test(source[j + 1] ?? ""))) return j;
  }
  return -1;
}

/** Whether a text is worth rendering as markdown (it uses some markdown syntax). */
export function looksLikeMarkdown(text: string): boolean {
  if (text.length > MAX_MARKDOWN_CHARS) return false;
  return /(^|\n)\s{0,3}(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|```)|\*\*[^*]+\*\*|`[^`]+`|\[[^\]]+\]\([^)]+\)/.test(text);
}
