// Finding text inside a JSON value for the viewer's search: which paths match (keys or primitive
// values), and which containers must be open to show them. Iterative; capped.

export type JsonPath = (string | number)[];

export const pathKey = (path: JsonPath) => JSON.stringify(path);

export const MAX_JSON_MATCHES = 500;

export interface JsonMatches {
  paths: JsonPath[];
  /** Keys of every container on the way to a match. */
  open: Set<string>;
  truncated: boolean;
}

export function findInJson(root: unknown, text: string): JsonMatches {
  const needle = text.trim().toLowerCase();
  const result: JsonMatches = { paths: [], open: new Set(), truncated: false };
  if (!needle) return result;
  const stack: [unknown, JsonPath][] = [[root, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    let hit = false;
    if (typeof value === "string") hit = value.toLowerCase().includes(needle);
    else if (typeof value === "number" || typeof value === "boolean" || value === null) hit = String(value).includes(needle);
    else if (typeof value === "object") {
      const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value as object);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i];
        const childPath = [...path, key];
        if (typeof key === "string" && key.toLowerCase().includes(needle)) add(result, childPath);
        stack.push([item, childPath]);
      }
    }
    if (hit) add(result, path);
    if (result.paths.length >= MAX_JSON_MATCHES) {
      result.truncated = true;
      break;
    }
  }
  return result;
}

function add(result: JsonMatches, path: JsonPath) {
  result.paths.push(path);
  for (let k = 0; k < path.length; k++) result.open.add(pathKey(path.slice(0, k)));
}
