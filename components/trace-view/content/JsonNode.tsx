"use client";

import { useState } from "react";
import { pathKey, type JsonPath } from "@/lib/content/json-search";
import { safeDataImage, safeHttpUrl } from "@/lib/content/safe-url";
import { FoldedText } from "./FoldedText";
import { ImagePreview } from "./ImagePreview";
import { SafeLink } from "./SafeLink";

const PAGE = 100;
/** Search opens containers down to this depth; deeper ones are opened by hand. */
const MAX_AUTO_OPEN_DEPTH = 100;

export interface JsonNodeContext {
  isOpen: (key: string, depth: number, size: number) => boolean;
  onToggle: (key: string, open: boolean) => void;
  matches: Set<string>;
  currentMatch: string | null;
}

function Primitive({ value }: { value: unknown }) {
  if (typeof value === "string") {
    const image = safeDataImage(value);
    if (image) return <ImagePreview dataUrl={image} url={null} />;
    if (safeHttpUrl(value) && value.length < 2000) return <SafeLink href={value}>{value}</SafeLink>;
    return (
      <span className="text-emerald-800 dark:text-emerald-300">
        &quot;
        <FoldedText text={value} limit={500} lines={12} />
        &quot;
      </span>
    );
  }
  if (value === null) return <span className="text-slate-400">null</span>;
  if (typeof value === "number" || typeof value === "boolean") return <span className="text-blue-700 dark:text-blue-300">{String(value)}</span>;
  return <span className="text-slate-400">{String(value)}</span>;
}

export function JsonNode({ name, value, path, depth, context }: { name: string | number | null; value: unknown; path: JsonPath; depth: number; context: JsonNodeContext }) {
  const [shown, setShown] = useState(PAGE);
  const key = pathKey(path);
  const highlighted = context.matches.has(key);
  const label =
    name === null ? null : (
      <span className={`text-slate-600 dark:text-slate-400 ${highlighted ? "rounded bg-yellow-200 dark:bg-yellow-800" : ""}`}>{typeof name === "number" ? `${name}` : name}: </span>
    );
  const rowClass = `${context.currentMatch === key ? "outline outline-2 outline-amber-400" : ""}`;
  if (value === null || typeof value !== "object") {
    return (
      <div data-json-path={key} className={`py-px ${rowClass} ${highlighted && name === null ? "bg-yellow-100 dark:bg-yellow-900" : ""}`} style={{ paddingLeft: 14 }}>
        {label}
        <span className={highlighted ? "bg-yellow-100 dark:bg-yellow-900" : ""}>
          <Primitive value={value} />
        </span>
      </div>
    );
  }
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  const isArray = Array.isArray(value);
  const open = context.isOpen(key, depth, entries.length) && (depth < MAX_AUTO_OPEN_DEPTH || context.isOpen(key, 0, 0));
  const summary = isArray ? `[${entries.length} item${entries.length === 1 ? "" : "s"}]` : `{${entries.length} key${entries.length === 1 ? "" : "s"}}`;
  return (
    <div data-json-path={key} className={rowClass}>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => context.onToggle(key, !open)}
        className="flex w-full items-baseline gap-1 py-px text-left hover:bg-slate-50 dark:hover:bg-slate-800"
      >
        <span aria-hidden className="inline-block w-3 text-slate-400">{open ? "▾" : "▸"}</span>
        {label}
        <span className="text-slate-400">{summary}</span>
      </button>
      {open && (
        <div className="ml-2 border-l border-slate-200 pl-1 dark:border-slate-700">
          {entries.slice(0, shown).map(([childName, child]) => (
            <JsonNode key={childName} name={childName} value={child} path={[...path, childName]} depth={depth + 1} context={context} />
          ))}
          {entries.length > shown && (
            <button type="button" className="ml-4 text-xs text-teal-700 hover:underline dark:text-teal-400" onClick={() => setShown(shown + PAGE)}>
              Show {Math.min(PAGE, entries.length - shown)} more of {entries.length - shown} hidden
            </button>
          )}
        </div>
      )}
    </div>
  );
}
