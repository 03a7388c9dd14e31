// Tokens by model, from spans: the metrics API sums tokens per trace (or trace name) but not per
// model, so these figures come from the spans of a capped number of recent traces. A span's usage
// counts when no span below it carries usage too, so a parent that totals its children is not
// counted twice.
import type { ModelTokens } from "@/lib/types/overview";
import type { Span } from "@/lib/types/span";

export const UNKNOWN_MODEL = "(model not recorded)";

export function tokensByModel(traces: { spans: Span[] }[]): ModelTokens[] {
  const byModel = new Map<string, ModelTokens>();
  for (const { spans } of traces) {
    const parents = new Map(spans.map((span) => [span.spanId, span.parentSpanId]));
    const coveredByChild = new Set<string>();
    for (const span of spans) {
      if (!span.tokens) continue;
      const seen = new Set<string>();
      for (let parent = span.parentSpanId; parent && !seen.has(parent); parent = parents.get(parent) ?? null) {
        seen.add(parent);
        coveredByChild.add(parent);
      }
    }
    for (const span of spans) {
      if (!span.tokens || coveredByChild.has(span.spanId)) continue;
      const model = span.model ?? UNKNOWN_MODEL;
      const entry = byModel.get(model) ?? { model, calls: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0 };
      const input = span.tokens.input ?? 0;
      const output = span.tokens.output ?? 0;
      entry.calls += 1;
      entry.inputTokens += input;
      entry.outputTokens += output;
      entry.totalTokens += span.tokens.total ?? input + output;
      byModel.set(model, entry);
    }
  }
  return [...byModel.values()].sort((a, b) => b.totalTokens - a.totalTokens || a.model.localeCompare(b.model));
}
