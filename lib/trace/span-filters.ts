// Masks over the tree's nodes for search, "errors only", "one type" and the critical path.
import type { SpanFilter } from "@/lib/url/trace-view";
import { nodeName, nodeType, type SpanTree } from "./span-tree";

/** Nodes whose name or type contains the text (case-insensitive), plus the spans found by content. */
export function searchMatches(tree: SpanTree, text: string, contentMatches: readonly string[] = []): Uint8Array {
  const mask = new Uint8Array(tree.size);
  const needle = text.trim().toLowerCase();
  if (!needle) return mask;
  const names = tree.skeleton.names.map((name) => name.toLowerCase().includes(needle));
  const types = tree.skeleton.types.map((type) => type.toLowerCase().includes(needle));
  for (let node = 0; node < tree.spanCount; node++) {
    if (names[tree.skeleton.name[node]] || types[tree.skeleton.type[node]]) mask[node] = 1;
  }
  for (let node = tree.spanCount; node < tree.size; node++) {
    if (nodeName(tree, node).toLowerCase().includes(needle)) mask[node] = 1;
  }
  for (const id of contentMatches) {
    const node = tree.indexByKey.get(id);
    if (node !== undefined) mask[node] = 1;
  }
  return mask;
}

/** Matching nodes in display (pre-)order. */
export function matchesInOrder(tree: SpanTree, mask: Uint8Array): number[] {
  const found: number[] = [];
  for (let p = 0; p < tree.size; p++) if (mask[tree.order[p]]) found.push(tree.order[p]);
  return found;
}

/** Null when nothing is filtered out. */
export function filterMask(tree: SpanTree, filter: SpanFilter): Uint8Array | null {
  if (filter.kind === "all") return null;
  const mask = new Uint8Array(tree.size);
  for (let node = 0; node < tree.size; node++) {
    mask[node] = filter.kind === "errors" ? tree.error[node] : nodeType(tree, node) === filter.type ? 1 : 0;
  }
  return mask;
}

/** Both masks must hold; null stands for "everything". */
export function intersect(a: Uint8Array | null, b: Uint8Array | null): Uint8Array | null {
  if (!a) return b;
  if (!b) return a;
  const both = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) both[i] = a[i] & b[i];
  return both;
}

/** Span types present in the trace with their counts, most frequent first. */
export function typeCounts(tree: SpanTree): [string, number][] {
  const counts = new Map<string, number>();
  for (let node = 0; node < tree.size; node++) {
    const type = nodeType(tree, node);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export interface ModelTokens {
  model: string;
  input: number;
  output: number;
  total: number;
  calls: number;
}

/** Token usage summed per model over the trace's LLM spans. */
export function tokensByModel(tree: SpanTree): ModelTokens[] {
  const byModel = new Map<string, ModelTokens>();
  for (const [, input, output, total, model] of tree.skeleton.llm) {
    const name = model >= 0 ? tree.skeleton.models[model] : "(unknown model)";
    const entry = byModel.get(name) ?? { model: name, input: 0, output: 0, total: 0, calls: 0 };
    entry.input += input ?? 0;
    entry.output += output ?? 0;
    entry.total += total ?? (input ?? 0) + (output ?? 0);
    entry.calls += 1;
    byModel.set(name, entry);
  }
  return [...byModel.values()].sort((a, b) => b.total - a.total);
}
