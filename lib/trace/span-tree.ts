// The span tree, built once per skeleton: iterative and linear apart from one sort by start time,
// so 100,000-deep chains and 50,000-span traces build without recursion limits. Everything is kept
// in typed arrays indexed by node; nodes 0..spanCount-1 are the skeleton's spans, the rest are
// stand-ins for parents the trace does not hold yet (the open root of an in-progress trace).
import { MISSING_PARENT, SKELETON_STATUS, type TraceSkeleton } from "@/lib/types/trace-skeleton";

export const RUNNING_PARENT_NAME = "(running: not reported yet)";

export interface SpanTree {
  skeleton: TraceSkeleton;
  /** Spans plus stand-in parents. */
  size: number;
  spanCount: number;
  /** Span id, or "missing:<id>" for a stand-in. */
  keys: string[];
  indexByKey: Map<string, number>;
  /** Hex id of the absent span a stand-in represents. */
  standInFor: Map<number, string>;
  parent: Int32Array;
  depth: Int32Array;
  maxDepth: number;
  /** Offsets from the trace start, ms. A running span ends at the latest time the trace shows. */
  start: Float64Array;
  end: Float64Array;
  running: Uint8Array;
  error: Uint8Array;
  childCount: Int32Array;
  /** Pre-order: position → node, node → position, node → first position after its subtree. */
  order: Int32Array;
  position: Int32Array;
  subtreeEnd: Int32Array;
  /** Duration minus the time covered by its children. */
  selfMs: Float64Array;
  /** Own token counts (NaN when the span reports none) and the total over its subtree. */
  inputTokens: Float64Array;
  outputTokens: Float64Array;
  totalTokens: Float64Array;
  subtreeTokens: Float64Array;
  subtreeErrors: Int32Array;
  /** Index into skeleton.models, -1 when none. */
  model: Int32Array;
  durationMs: number;
  roots: number[];
}

export function nodeName(tree: SpanTree, node: number): string {
  return node < tree.spanCount ? tree.skeleton.names[tree.skeleton.name[node]] : RUNNING_PARENT_NAME;
}

export function nodeType(tree: SpanTree, node: number): string {
  return node < tree.spanCount ? tree.skeleton.types[tree.skeleton.type[node]] : "UNKNOWN";
}

export function buildSpanTree(skeleton: TraceSkeleton): SpanTree {
  const spanCount = skeleton.id.length;
  const standInFor = new Map<number, string>();
  const standInByParentId = new Map<string, number>();
  for (const parentId of Object.values(skeleton.missingParent)) {
    if (standInByParentId.has(parentId)) continue;
    const node = spanCount + standInByParentId.size;
    standInByParentId.set(parentId, node);
    standInFor.set(node, parentId);
  }
  const size = spanCount + standInByParentId.size;
  const parent = new Int32Array(size).fill(-1);
  const start = new Float64Array(size);
  const end = new Float64Array(size);
  const running = new Uint8Array(size);
  const error = new Uint8Array(size);
  const keys: string[] = new Array(size);
  const indexByKey = new Map<string, number>();

  let latest = 0;
  for (let i = 0; i < spanCount; i++) {
    keys[i] = skeleton.id[i];
    if (!indexByKey.has(keys[i])) indexByKey.set(keys[i], i);
    start[i] = skeleton.start[i];
    const spanEnd = skeleton.end[i];
    running[i] = spanEnd === null ? 1 : 0;
    if (spanEnd !== null) end[i] = spanEnd;
    latest = Math.max(latest, start[i], spanEnd ?? 0);
    parent[i] = skeleton.parent[i] >= 0 && skeleton.parent[i] < spanCount && skeleton.parent[i] !== i ? skeleton.parent[i] : -1;
    error[i] = skeleton.status[i] === SKELETON_STATUS.ERROR ? 1 : 0;
  }
  for (const index of skeleton.exceptions) error[index] = 1;
  for (const [parentId, node] of standInByParentId) {
    keys[node] = `missing:${parentId}`;
    indexByKey.set(keys[node], node);
    running[node] = 1;
    start[node] = Infinity;
  }
  for (const [index, parentId] of Object.entries(skeleton.missingParent)) {
    const child = Number(index);
    if (skeleton.parent[child] !== MISSING_PARENT) continue;
    const node = standInByParentId.get(parentId)!;
    parent[child] = node;
    start[node] = Math.min(start[node], start[child]);
  }
  for (let node = 0; node < size; node++) if (running[node]) end[node] = Math.max(latest, start[node]);

  // Children in start order: sort all nodes once, then prepend walking backwards.
  const byStart = Array.from({ length: size }, (_, node) => node).sort((a, b) => start[a] - start[b] || a - b);
  const firstChild = new Int32Array(size).fill(-1);
  const nextSibling = new Int32Array(size).fill(-1);
  const childCount = new Int32Array(size);
  for (let k = size - 1; k >= 0; k--) {
    const node = byStart[k];
    const p = parent[node];
    if (p < 0) continue;
    nextSibling[node] = firstChild[p];
    firstChild[p] = node;
    childCount[p]++;
  }

  const order = new Int32Array(size);
  const position = new Int32Array(size).fill(-1);
  const depth = new Int32Array(size);
  const roots: number[] = [];
  let placed = 0;
  let maxDepth = 0;
  const stack: number[] = [];
  const walkFrom = (root: number) => {
    roots.push(root);
    stack.push(root);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (position[node] !== -1) continue;
      position[node] = placed;
      order[placed++] = node;
      if (depth[node] > maxDepth) maxDepth = depth[node];
      // Push children in reverse so the earliest is visited first.
      const from = stack.length;
      for (let child = firstChild[node]; child !== -1; child = nextSibling[child]) {
        if (position[child] !== -1) continue;
        depth[child] = depth[node] + 1;
        stack.push(child);
      }
      reverseTail(stack, from);
    }
  };
  for (const node of byStart) if (parent[node] === -1) walkFrom(node);
  // Whatever is left hangs in a parent cycle (bad data): cut it loose as its own root.
  for (const node of byStart) {
    if (position[node] !== -1) continue;
    parent[node] = -1;
    depth[node] = 0;
    walkFrom(node);
  }

  const subtreeSize = new Int32Array(size).fill(1);
  const selfMs = new Float64Array(size);
  const inputTokens = new Float64Array(size).fill(NaN);
  const outputTokens = new Float64Array(size).fill(NaN);
  const totalTokens = new Float64Array(size).fill(NaN);
  const model = new Int32Array(size).fill(-1);
  for (const [index, input, output, total, modelIndex] of skeleton.llm) {
    if (input !== null) inputTokens[index] = input;
    if (output !== null) outputTokens[index] = output;
    if (total !== null) totalTokens[index] = total;
    else if (input !== null || output !== null) totalTokens[index] = (input ?? 0) + (output ?? 0);
    model[index] = modelIndex;
  }
  const subtreeTokens = new Float64Array(size);
  const subtreeErrors = new Int32Array(size);
  for (let p = size - 1; p >= 0; p--) {
    const node = order[p];
    selfMs[node] = selfTime(node, start, end, firstChild, nextSibling);
    if (!Number.isNaN(totalTokens[node])) subtreeTokens[node] += totalTokens[node];
    subtreeErrors[node] += error[node];
    const up = parent[node];
    if (up >= 0) {
      subtreeSize[up] += subtreeSize[node];
      subtreeTokens[up] += subtreeTokens[node];
      subtreeErrors[up] += subtreeErrors[node];
    }
  }
  const subtreeEnd = new Int32Array(size);
  for (let node = 0; node < size; node++) subtreeEnd[node] = position[node] + subtreeSize[node];

  return {
    skeleton, size, spanCount, keys, indexByKey, standInFor, parent, depth, maxDepth, start, end, running, error, childCount,
    order, position, subtreeEnd, selfMs, inputTokens, outputTokens, totalTokens, subtreeTokens, subtreeErrors, model,
    durationMs: latest, roots,
  };
}

function reverseTail(items: number[], from: number) {
  for (let i = from, j = items.length - 1; i < j; i++, j--) {
    const swap = items[i];
    items[i] = items[j];
    items[j] = swap;
  }
}

/** Duration minus the union of the children's intervals (clipped to the span); children come in start order. */
function selfTime(node: number, start: Float64Array, end: Float64Array, firstChild: Int32Array, nextSibling: Int32Array): number {
  const from = start[node];
  const to = end[node];
  let covered = 0;
  let cursor = from;
  for (let child = firstChild[node]; child !== -1; child = nextSibling[child]) {
    const childStart = Math.max(start[child], cursor);
    const childEnd = Math.min(end[child], to);
    if (childEnd > childStart) {
      covered += childEnd - childStart;
      cursor = childEnd;
    }
  }
  return Math.max(0, to - from - covered);
}

/** The node for a span id; a span that is not reported yet is found as its stand-in. */
export function nodeOfSpanId(tree: SpanTree, spanId: string): number {
  return tree.indexByKey.get(spanId) ?? tree.indexByKey.get(`missing:${spanId}`) ?? -1;
}

/** The span id a node stands for (a stand-in stands for its missing span). */
export function spanIdOfNode(tree: SpanTree, node: number): string {
  return tree.standInFor.get(node) ?? tree.keys[node];
}

/** The node's children in start order. */
export function childrenOf(tree: SpanTree, node: number): number[] {
  const children: number[] = [];
  const stop = tree.subtreeEnd[node];
  for (let p = tree.position[node] + 1; p < stop; ) {
    const child = tree.order[p];
    children.push(child);
    p = tree.subtreeEnd[child];
  }
  return children;
}

/** The node's ancestors, nearest first. */
export function ancestorsOf(tree: SpanTree, node: number): number[] {
  const chain: number[] = [];
  for (let up = tree.parent[node]; up >= 0 && chain.length < tree.size; up = tree.parent[up]) chain.push(up);
  return chain;
}
