// Which nodes show as rows: one linear pass over the pre-order that jumps over collapsed subtrees
// and over subtrees with nothing to keep. Collapse state is a set of node keys, so it survives a
// refresh that rebuilds the tree.
import type { SpanTree } from "./span-tree";

export function collapsedMask(tree: SpanTree, collapsed: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(tree.size);
  for (const key of collapsed) {
    const node = tree.indexByKey.get(key);
    if (node !== undefined) mask[node] = 1;
  }
  return mask;
}

/** Rows in display order. `keep`, when given, must already include the ancestors of kept nodes. */
export function visibleRows(tree: SpanTree, collapsed: Uint8Array, keep: Uint8Array | null = null): Int32Array {
  const rows = new Int32Array(tree.size);
  let count = 0;
  for (let p = 0; p < tree.size; ) {
    const node = tree.order[p];
    if (keep && !keep[node]) {
      p = tree.subtreeEnd[node];
      continue;
    }
    rows[count++] = node;
    p = collapsed[node] ? tree.subtreeEnd[node] : p + 1;
  }
  return rows.slice(0, count);
}

/** Marks every ancestor of a marked node too, so kept spans keep their context. */
export function withAncestors(tree: SpanTree, marked: Uint8Array): Uint8Array {
  const keep = marked.slice();
  for (let p = tree.size - 1; p >= 0; p--) {
    const node = tree.order[p];
    if (keep[node] && tree.parent[node] >= 0) keep[tree.parent[node]] = 1;
  }
  return keep;
}

/** Keys of every node that has children: the state after "collapse all". */
export function allCollapsible(tree: SpanTree): Set<string> {
  const keys = new Set<string>();
  for (let node = 0; node < tree.size; node++) if (tree.childCount[node] > 0) keys.add(tree.keys[node]);
  return keys;
}

/** Collapses the deepest level that still has expanded parents (Jaeger's "collapse one level"). */
export function collapseOneLevel(tree: SpanTree, collapsed: ReadonlySet<string>): Set<string> {
  const mask = collapsedMask(tree, collapsed);
  const rows = visibleRows(tree, mask);
  let deepest = -1;
  for (const node of rows) if (tree.childCount[node] > 0 && !mask[node]) deepest = Math.max(deepest, tree.depth[node]);
  const next = new Set(collapsed);
  if (deepest < 0) return next;
  for (const node of rows) if (tree.childCount[node] > 0 && tree.depth[node] === deepest) next.add(tree.keys[node]);
  return next;
}

/** Expands the shallowest collapsed level that is visible. */
export function expandOneLevel(tree: SpanTree, collapsed: ReadonlySet<string>): Set<string> {
  const mask = collapsedMask(tree, collapsed);
  const rows = visibleRows(tree, mask);
  let shallowest = Infinity;
  for (const node of rows) if (mask[node]) shallowest = Math.min(shallowest, tree.depth[node]);
  const next = new Set(collapsed);
  for (const node of rows) if (mask[node] && tree.depth[node] === shallowest) next.delete(tree.keys[node]);
  return next;
}

/** Removes the node's ancestors from the collapsed set, so it can be shown. */
export function revealNode(tree: SpanTree, collapsed: ReadonlySet<string>, node: number): ReadonlySet<string> {
  let next: Set<string> | null = null;
  for (let up = tree.parent[node], guard = 0; up >= 0 && guard < tree.size; up = tree.parent[up], guard++) {
    if (collapsed.has(tree.keys[up])) {
      next ??= new Set(collapsed);
      next.delete(tree.keys[up]);
    }
  }
  return next ?? collapsed;
}
