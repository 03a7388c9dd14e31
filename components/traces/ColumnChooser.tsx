"use client";

import { useState } from "react";
import { BASE_COLUMNS, METADATA_COLUMN, TAG_COLUMN } from "@/lib/traces/columns";

interface ColumnChooserProps {
  visible: readonly string[];
  tagKeys: string[];
  metadataKeys: string[];
  onChange: (ids: string[]) => void;
}

const BASE_IDS = BASE_COLUMNS.map((column) => column.id);

/** Which columns show: the built-in ones and any tag or metadata key seen in the experiment. */
export function ColumnChooser({ visible, tagKeys, metadataKeys, onChange }: ColumnChooserProps) {
  // The boxes answer a click at once; the URL (and so `visible`) catches up a moment later.
  const [chosen, setChosen] = useState({ from: visible, ids: visible });
  const ids = chosen.from === visible ? chosen.ids : visible;
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...ids, id] : ids.filter((item) => item !== id);
    // Built-in columns keep their usual order; key columns stay at the end, in the order chosen.
    const ordered = [...BASE_IDS.filter((item) => next.includes(item)), ...next.filter((item) => !BASE_IDS.includes(item))];
    setChosen({ from: visible, ids: ordered });
    onChange(ordered);
  };
  const box = (id: string, label: string) => (
    <label key={id} className="flex items-center gap-1.5 py-0.5">
      <input type="checkbox" checked={ids.includes(id)} onChange={(event) => toggle(id, event.target.checked)} />
      <span className="truncate">{label}</span>
    </label>
  );
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer rounded border border-slate-300 px-2 py-0.5 select-none hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">Columns</summary>
      <div role="group" aria-label="Columns" className="absolute right-0 z-20 mt-1 max-h-96 w-72 overflow-auto rounded border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {BASE_COLUMNS.map((column) => box(column.id, column.label))}
        {tagKeys.length > 0 && <div className="mt-2 mb-1 text-xs font-medium text-slate-500">Tags</div>}
        {tagKeys.map((key) => box(`${TAG_COLUMN}${key}`, key))}
        {metadataKeys.length > 0 && <div className="mt-2 mb-1 text-xs font-medium text-slate-500">Metadata</div>}
        {metadataKeys.map((key) => box(`${METADATA_COLUMN}${key}`, key))}
      </div>
    </details>
  );
}
