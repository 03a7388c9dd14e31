// Server-side search inside span contents (inputs, outputs, attribute values, events): walks the decoded
// values iteratively and checks strings, keys and numbers, so nothing is stringified or recursed.
import type { Span } from "@/lib/types/span";

export const MAX_CONTENT_MATCHES = 10_000;

export function valueContains(root: unknown, needle: string): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (value.length >= needle.length && value.toLowerCase().includes(needle)) return true;
    } else if (typeof value === "number" || typeof value === "boolean") {
      if (String(value).includes(needle)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (key.toLowerCase().includes(needle)) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

/** Attribute values (inputs and outputs are attributes too), event attributes and the status message. */
function spanContains(span: Span, needle: string): boolean {
  if ((span.statusMessage ?? "").toLowerCase().includes(needle)) return true;
  for (const value of Object.values(span.attributes)) if (valueContains(value, needle)) return true;
  return span.events.some((event) => event.name.toLowerCase().includes(needle) || Object.values(event.attributes).some((value) => valueContains(value, needle)));
}

/** Ids of spans whose inputs, outputs or attributes contain the text (case-insensitive). */
export function spansWithContent(spans: readonly Span[], text: string): { spanIds: string[]; truncated: boolean } {
  const needle = text.trim().toLowerCase();
  const spanIds: string[] = [];
  if (!needle) return { spanIds, truncated: false };
  for (const span of spans) {
    if (spanContains(span, needle)) {
      spanIds.push(span.spanId);
      if (spanIds.length >= MAX_CONTENT_MATCHES) return { spanIds, truncated: true };
    }
  }
  return { spanIds, truncated: false };
}
