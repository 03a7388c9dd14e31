// Recognises chat messages in span inputs and outputs (OpenAI and Anthropic styles, including tool
// calls and tool results) and normalises them to one shape for rendering. Pure; anything it does
// not recognise returns null and is shown by the JSON viewer instead.
import { dataImageFrom, safeDataImage, safeHttpUrl } from "./safe-url";

export type ChatPart =
  | { kind: "text"; text: string }
  | { kind: "image"; dataUrl: string | null; url: string | null }
  | { kind: "tool_call"; id: string | null; name: string; arguments: unknown }
  | { kind: "tool_result"; toolCallId: string | null; content: unknown; isError: boolean }
  | { kind: "other"; value: unknown };

export interface ChatMessage {
  role: string;
  name: string | null;
  parts: ChatPart[];
}

export interface ChatTool {
  name: string;
  description: string | null;
}

export interface ChatView {
  messages: ChatMessage[];
  tools: ChatTool[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value === "object" && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** Tool arguments often arrive as JSON text; show them parsed when they are. */
function parseArguments(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function imagePart(url: unknown): ChatPart {
  return { kind: "image", dataUrl: safeDataImage(url), url: safeHttpUrl(url) };
}

/** One content block of either style. */
function toPart(block: unknown): ChatPart {
  if (typeof block === "string") return { kind: "text", text: block };
  if (!isObject(block)) return { kind: "other", value: block };
  switch (block.type) {
    case "text":
    case "input_text":
    case "output_text":
      return typeof block.text === "string" ? { kind: "text", text: block.text } : { kind: "other", value: block };
    case "image_url": {
      const source = isObject(block.image_url) ? block.image_url.url : block.image_url;
      return imagePart(source);
    }
    case "input_image":
      return imagePart(block.image_url);
    case "image": {
      const source = isObject(block.source) ? block.source : {};
      if (source.type === "base64") return { kind: "image", dataUrl: dataImageFrom(source.media_type, source.data), url: null };
      return imagePart(source.url);
    }
    case "tool_use":
      return { kind: "tool_call", id: text(block.id), name: text(block.name) ?? "(unnamed tool)", arguments: block.input ?? null };
    case "tool_result": {
      const content = Array.isArray(block.content) ? block.content.map(toPart) : block.content;
      return { kind: "tool_result", toolCallId: text(block.tool_use_id), content, isError: block.is_error === true };
    }
    default:
      return { kind: "other", value: block };
  }
}

function toMessage(raw: Json): ChatMessage {
  const role = text(raw.role) ?? "unknown";
  const parts: ChatPart[] = [];
  const content = raw.content;
  if (role === "tool" || role === "function") {
    parts.push({ kind: "tool_result", toolCallId: text(raw.tool_call_id), content: Array.isArray(content) ? content.map(toPart) : parseArguments(content), isError: false });
  } else if (typeof content === "string") {
    if (content !== "") parts.push({ kind: "text", text: content });
  } else if (Array.isArray(content)) {
    parts.push(...content.map(toPart));
  } else if (content !== null && content !== undefined) {
    parts.push({ kind: "other", value: content });
  }
  if (Array.isArray(raw.tool_calls)) {
    for (const call of raw.tool_calls) {
      const fn = isObject(call) && isObject(call.function) ? call.function : {};
      parts.push({ kind: "tool_call", id: isObject(call) ? text(call.id) : null, name: text(fn.name) ?? "(unnamed tool)", arguments: parseArguments(fn.arguments) });
    }
  }
  if (isObject(raw.function_call)) {
    parts.push({ kind: "tool_call", id: null, name: text(raw.function_call.name) ?? "(unnamed tool)", arguments: parseArguments(raw.function_call.arguments) });
  }
  return { role, name: text(raw.name), parts };
}

function isMessageList(value: unknown): value is Json[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isObject(item) && typeof item.role === "string");
}

function toolsOf(value: unknown): ChatTool[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((tool) => {
    if (!isObject(tool)) return [];
    const fn = isObject(tool.function) ? tool.function : tool;
    const name = text(fn.name);
    return name ? [{ name, description: text(fn.description) }] : [];
  });
}

/** Chat messages in a span's inputs or outputs, or null when the value holds none. */
export function chatViewOf(value: unknown): ChatView | null {
  if (isMessageList(value)) return { messages: value.map(toMessage), tools: [] };
  if (!isObject(value)) return null;
  if (isMessageList(value.messages)) {
    const messages = value.messages.map(toMessage);
    // Anthropic passes the system prompt beside the messages.
    const system = typeof value.system === "string" ? [toPart(value.system)] : Array.isArray(value.system) ? value.system.map(toPart) : [];
    if (system.length > 0) messages.unshift({ role: "system", name: null, parts: system });
    return { messages, tools: toolsOf(value.tools) };
  }
  // OpenAI chat completion.
  if (Array.isArray(value.choices) && value.choices.length > 0 && value.choices.every((choice) => isObject(choice) && isObject(choice.message))) {
    return { messages: value.choices.map((choice) => toMessage((choice as Json).message as Json)), tools: [] };
  }
  // Anthropic message, or a single message.
  if (typeof value.role === "string" && ("content" in value || "tool_calls" in value)) return { messages: [toMessage(value)], tools: [] };
  return null;
}
