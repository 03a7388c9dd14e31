// The critical path: the chain of spans that decided the end-to-end latency. Walking back from the
// end of the root, at each level take the child that finished last before the cursor, follow it,
// then continue from where it started (Jaeger's algorithm, done with an explicit stack).
import { childrenOf, type SpanTree } from "./span-tree";

/** 1 for nodes on the critical path. With several roots, the one that ends last decides. */
export function criticalPath(tree: SpanTree): Uint8Array {
  const onPath = new Uint8Array(tree.size);
  if (tree.roots.length === 0) return onPath;
  let root = tree.roots[0];
  for (const candidate of tree.roots) if (tree.end[candidate] > tree.end[root]) root = candidate;

  const stack: [node: number, cursor: number][] = [[root, tree.end[root]]];
  while (stack.length > 0) {
    const [node, until] = stack.pop()!;
    onPath[node] = 1;
    const children = childrenOf(tree, node).sort((a, b) => tree.end[b] - tree.end[a]);
    let cursor = Math.min(until, tree.end[node]);
    for (const child of children) {
      if (cursor <= tree.start[node]) break;
      // Children are in end order, so the first that started before the cursor finished last.
      if (tree.start[child] >= cursor) continue;
      stack.push([child, Math.min(tree.end[child], cursor)]);
      cursor = tree.start[child];
    }
  }
  return onPath;
}
