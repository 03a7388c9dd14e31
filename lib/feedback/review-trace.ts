// A trace reduced to what a reviewer reads: the request and response as chat messages (from the
// root span's inputs and outputs) and the key spans (model calls, tools, retrievers, errors), with
// bounded text so a huge payload cannot freeze the page.
import type { Span } from "@/lib/types/span";
import type { TraceSummary } from "@/lib/types/trace";
import type { ChatMessage, KeySpan, ReviewTrace } from "@/lib/types/review";

export const MAX_MESSAGE_CHARS = 20_000;
export const MAX_PREVIEW_CHARS = 300;
export const MAX_KEY_SPANS = 20;

const KEY_TYPES = new Set(["LLM", "CHAT_MODEL", "TOOL", "RETRIEVER", "RERANKER", "EMBEDDING"]);
const PROMPT_KEYS = ["query", "question", "input", "prompt", "request", "text", "message", "user_input"];
const ANSWER_KEYS = ["content", "output", "answer", "response", "text", "result"];

function compactJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return String(value);
  }
}

function cut(text: string, max: number): { text: string; truncated: boolean } {
  return text.length > max ? { text: `${text.slice(0, max)}…`, truncated: true } : { text, truncated: false };
}

/** Content as OpenAI-style messages carry it: a string, null, or a list of parts. */
function contentText(content: unknown): string {
  if (content === null || content === undefined) return "";
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part === "string" ? part : typeof part?.text === "string" ? part.text : compactJson(part))).join("\n");
  }
  return compactJson(content);
}

function toolCallNames(message: Record<string, unknown>): string[] {
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  return calls.map((call) => (call as { function?: { name?: unknown } })?.function?.name).filter((name): name is string => typeof name === "string");
}

function message(role: string, content: unknown, toolCalls: string[] = []): ChatMessage {
  const { text, truncated } = cut(contentText(content), MAX_MESSAGE_CHARS);
  return { role, content: text, toolCalls, truncated };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fromMessageList(list: unknown[]): ChatMessage[] | null {
  if (!list.every((item) => isRecord(item) && typeof item.role === "string")) return null;
  return (list as Record<string, unknown>[]).map((item) => message(item.role as string, item.content, toolCallNames(item)));
}

/** The request: a message list ({"messages": [...]} or bare), a prompt string, or the inputs as JSON. */
export function requestMessages(inputs: unknown): ChatMessage[] {
  if (inputs === null || inputs === undefined) return [];
  if (typeof inputs === "string") return [message("user", inputs)];
  if (Array.isArray(inputs)) return fromMessageList(inputs) ?? [message("user", compactJson(inputs))];
  if (isRecord(inputs)) {
    if (Array.isArray(inputs.messages)) {
      const messages = fromMessageList(inputs.messages);
      if (messages) return messages;
    }
    const key = PROMPT_KEYS.find((k) => typeof inputs[k] === "string");
    if (key && Object.keys(inputs).length === 1) return [message("user", inputs[key])];
  }
  return [message("user", compactJson(inputs))];
}

/** The response: a chat completion's choices, a message, an answer string, or the outputs as JSON. */
export function responseMessages(outputs: unknown): ChatMessage[] {
  if (outputs === null || outputs === undefined) return [];
  if (typeof outputs === "string") return [message("assistant", outputs)];
  if (isRecord(outputs)) {
    if (Array.isArray(outputs.choices)) {
      const messages = outputs.choices.map((choice) => (isRecord(choice) && isRecord(choice.message) ? choice.message : null)).filter((m): m is Record<string, unknown> => m !== null);
      if (messages.length > 0) return messages.map((m) => message(typeof m.role === "string" ? m.role : "assistant", m.content, toolCallNames(m)));
    }
    if (typeof outputs.role === "string" && "content" in outputs) return [message(outputs.role, outputs.content, toolCallNames(outputs))];
    if (Array.isArray(outputs.messages)) {
      const messages = fromMessageList(outputs.messages);
      const last = messages?.filter((m) => m.role === "assistant").at(-1);
      if (last) return [last];
    }
    const key = ANSWER_KEYS.find((k) => typeof outputs[k] === "string");
    if (key) return [message("assistant", outputs[key])];
  }
  return [message("assistant", compactJson(outputs))];
}

/** A one-line look at a span's inputs or outputs: the last message for chat, else compact JSON. */
function preview(value: unknown, side: "in" | "out"): string {
  if (value === null || value === undefined) return "";
  const messages = side === "in" ? requestMessages(value) : responseMessages(value);
  const last = messages.at(-1);
  const text = last ? last.content || (last.toolCalls.length ? `calls ${last.toolCalls.join(", ")}` : "") : "";
  return cut(text.replace(/\s+/g, " ").trim(), MAX_PREVIEW_CHARS).text;
}

function durationOf(span: Span): number | null {
  return span.startTimeMs !== null && span.endTimeMs !== null ? Math.max(0, span.endTimeMs - span.startTimeMs) : null;
}

export function keySpans(spans: readonly Span[]): { keySpans: KeySpan[]; omitted: number } {
  const candidates = spans
    .filter((span) => span.parentSpanId !== null && (KEY_TYPES.has(span.type) || span.status === "ERROR"))
    .sort((a, b) => (a.startTimeMs ?? 0) - (b.startTimeMs ?? 0));
  // Errors first when there are too many to show.
  const chosen = candidates.length <= MAX_KEY_SPANS ? candidates : [...candidates.filter((s) => s.status === "ERROR"), ...candidates.filter((s) => s.status !== "ERROR")].slice(0, MAX_KEY_SPANS).sort((a, b) => (a.startTimeMs ?? 0) - (b.startTimeMs ?? 0));
  return {
    keySpans: chosen.map((span) => ({
      spanId: span.spanId,
      name: span.name,
      type: span.type,
      status: span.status,
      statusMessage: span.statusMessage ? cut(span.statusMessage, MAX_PREVIEW_CHARS).text : null,
      durationMs: durationOf(span),
      inputPreview: preview(span.inputs, "in"),
      outputPreview: preview(span.outputs, "out"),
    })),
    omitted: candidates.length - chosen.length,
  };
}

export function toReviewTrace(info: TraceSummary, spans: readonly Span[]): ReviewTrace {
  const root = spans.find((span) => span.parentSpanId === null) ?? null;
  const { keySpans: key, omitted } = keySpans(spans);
  return {
    info,
    request: root ? requestMessages(root.inputs) : info.requestPreview ? [message("user", info.requestPreview)] : [],
    response: root ? responseMessages(root.outputs) : info.responsePreview ? [message("assistant", info.responsePreview)] : [],
    keySpans: key,
    omittedKeySpans: omitted,
    spanCount: spans.length,
  };
}
