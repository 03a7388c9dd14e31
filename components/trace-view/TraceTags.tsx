"use client";

import { useState } from "react";

const isSystemTag = (key: string) => key.startsWith("mlflow.");

/** The trace's own tags (MLflow's system tags are left out), with remove buttons and an add form. */
export function TraceTags({ tags, onAdd, onRemove }: { tags: Record<string, string>; onAdd: (key: string, value: string) => Promise<unknown>; onRemove: (key: string) => Promise<unknown> }) {
  const [adding, setAdding] = useState(false);
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const own = Object.entries(tags).filter(([tag]) => !isSystemTag(tag)).sort(([a], [b]) => a.localeCompare(b));

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The tag could not be saved.");
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-1" data-testid="trace-tags">
      <p className="text-xs text-slate-500 dark:text-slate-400">Tags</p>
      <ul className="flex flex-wrap items-center gap-1" aria-label="Tags">
        {own.length === 0 && <li className="text-sm text-slate-400">none</li>}
        {own.map(([tag, tagValue]) => (
          <li key={tag} className="inline-flex items-center gap-1 rounded bg-slate-100 py-0.5 pr-1 pl-2 text-xs dark:bg-slate-800" data-tag={tag}>
            <span className="font-mono">{tag}</span>
            {tagValue && <span className="max-w-[16rem] truncate text-slate-600 dark:text-slate-300" title={tagValue}>= {tagValue}</span>}
            <button type="button" disabled={busy} aria-label={`Remove tag ${tag}`} className="rounded px-1 text-slate-500 hover:bg-slate-200 hover:text-red-700 dark:hover:bg-slate-700" onClick={() => void run(() => onRemove(tag))}>
              ×
            </button>
          </li>
        ))}
        <li>
          {!adding && (
            <button type="button" className="rounded border border-dashed border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800" onClick={() => setAdding(true)}>
              + Add tag
            </button>
          )}
        </li>
      </ul>
      {adding && (
        <form
          className="flex flex-wrap items-center gap-1 text-xs"
          onSubmit={async (event) => {
            event.preventDefault();
            if (!key.trim()) return setError("Give the tag a key.");
            if (await run(() => onAdd(key.trim(), value))) {
              setKey("");
              setValue("");
              setAdding(false);
            }
          }}
        >
          <input aria-label="Tag key" placeholder="key" value={key} onChange={(event) => setKey(event.target.value)} maxLength={250} className="w-32 rounded border border-slate-300 bg-white px-1.5 py-0.5 dark:border-slate-700 dark:bg-slate-900" />
          <input aria-label="Tag value" placeholder="value" value={value} onChange={(event) => setValue(event.target.value)} maxLength={4096} className="w-40 rounded border border-slate-300 bg-white px-1.5 py-0.5 dark:border-slate-700 dark:bg-slate-900" />
          <button type="submit" disabled={busy} className="rounded bg-teal-600 px-2 py-0.5 font-medium text-white hover:bg-teal-700 disabled:opacity-60">
            {busy ? "Saving…" : "Add"}
          </button>
          <button type="button" className="px-1 text-slate-500 hover:underline" onClick={() => { setAdding(false); setError(null); }}>
            Cancel
          </button>
        </form>
      )}
      {error && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
