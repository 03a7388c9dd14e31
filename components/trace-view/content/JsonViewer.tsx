"use client";

import { useDeferredValue, useMemo, useRef, useState } from "react";
import { findInJson, pathKey } from "@/lib/content/json-search";
import { CopyButton } from "./CopyButton";
import { JsonNode, type JsonNodeContext } from "./JsonNode";

/** A collapsible JSON viewer with search (match count, next/previous) and copy. */
export function JsonViewer({ value, label, defaultDepth = 2, searchable = true }: { value: unknown; label: string; defaultDepth?: number; searchable?: boolean }) {
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [current, setCurrent] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const found = useMemo(() => findInJson(value, deferredQuery), [value, deferredQuery]);
  const matchKeys = useMemo(() => new Set(found.paths.map(pathKey)), [found]);
  const currentKey = found.paths.length > 0 ? pathKey(found.paths[Math.min(current, found.paths.length - 1)]) : null;

  const context: JsonNodeContext = {
    isOpen: (key, depth, size) => toggled.get(key) ?? (found.open.has(key) || (depth < defaultDepth && size <= 100)),
    onToggle: (key, open) => setToggled((old) => new Map(old).set(key, open)),
    matches: matchKeys,
    currentMatch: currentKey,
  };

  const step = (delta: number) => {
    if (found.paths.length === 0) return;
    const next = (current + delta + found.paths.length) % found.paths.length;
    setCurrent(next);
    requestAnimationFrame(() => {
      container.current?.querySelector(`[data-json-path="${CSS.escape(pathKey(found.paths[next]))}"]`)?.scrollIntoView({ block: "nearest" });
    });
  };

  return (
    <div className="space-y-1">
      {(searchable || label) && (
        <div className="flex flex-wrap items-center gap-2">
          {searchable && (
            <input
              type="search"
              value={query}
              aria-label={`Search in ${label}`}
              placeholder="Search keys and values"
              onChange={(event) => {
                setQuery(event.target.value);
                setCurrent(0);
              }}
              onKeyDown={(event) => {
                if (event.key === "Enter") step(event.shiftKey ? -1 : 1);
              }}
              className="w-48 rounded border border-slate-300 bg-white px-2 py-0.5 text-xs dark:border-slate-700 dark:bg-slate-900"
            />
          )}
          {deferredQuery.trim() && (
            <span className="text-xs text-slate-500" aria-live="polite">
              {found.paths.length === 0 ? "no match" : `${Math.min(current, found.paths.length - 1) + 1} of ${found.paths.length}${found.truncated ? "+" : ""}`}
            </span>
          )}
          {found.paths.length > 1 && (
            <>
              <button type="button" className="text-xs hover:underline" onClick={() => step(-1)} aria-label={`Previous match in ${label}`}>
                ↑
              </button>
              <button type="button" className="text-xs hover:underline" onClick={() => step(1)} aria-label={`Next match in ${label}`}>
                ↓
              </button>
            </>
          )}
          <CopyButton text={() => JSON.stringify(value, null, 2)} label="Copy JSON" />
        </div>
      )}
      <div ref={container} className="font-mono text-xs leading-5" role="tree" aria-label={label}>
        <JsonNode name={null} value={value} path={[]} depth={0} context={context} />
      </div>
    </div>
  );
}
