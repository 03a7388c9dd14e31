"use client";

import { useRef, useState } from "react";
import { TimeRangePicker } from "@/components/traces/TimeRangePicker";
import { TraceFilterBar } from "@/components/traces/TraceFilterBar";
import { hasErrors, parseFilter } from "@/lib/filters/parse";
import { useVocabularyOnFocus } from "./useVocabularyOnFocus";
import type { TimeRange } from "@/lib/time/time-range";

export interface ListToolbarValue {
  q: string;
  filter: string;
  range: TimeRange;
}

interface ListToolbarProps {
  experimentId: string;
  value: ListToolbarValue;
  /** What the id search looks for, e.g. "session id". */
  idLabel: string;
  /** MLflow's message when it rejected the filter on screen. */
  rejectedFilter: string | null;
  pending: boolean;
  onChange: (patch: Partial<ListToolbarValue>) => void;
}

/**
 * The trace list's filter box (same language, completion and checks) and time range, and a search
 * by id, for the sessions and users lists. The URL holds the committed values.
 */
export function ListToolbar({ experimentId, value, idLabel, rejectedFilter, pending, onChange }: ListToolbarProps) {
  const [draft, setDraft] = useState({ base: value.filter, text: value.filter });
  const [q, setQ] = useState(value.q);
  const inputRef = useRef<HTMLInputElement>(null);
  const { vocabulary, onFocus: wantVocabulary } = useVocabularyOnFocus(experimentId);
  // A filter changed elsewhere (Back, a link) replaces the draft.
  const draftText = draft.base === value.filter ? draft.text : value.filter;
  return (
    <div className="space-y-2" onFocus={wantVocabulary}>
      <TraceFilterBar
        committed={value.filter}
        draft={draftText}
        onDraftChange={(text) => setDraft({ base: value.filter, text })}
        onCommit={(text, force) => {
          if (!force && hasErrors(parseFilter(text))) return;
          setDraft({ base: text.trim(), text });
          onChange({ filter: text.trim() });
        }}
        vocabulary={vocabulary}
        serverError={rejectedFilter && draftText === value.filter ? { message: rejectedFilter, rejected: true } : null}
        pending={pending}
        inputRef={inputRef}
      />
      <div className="flex flex-wrap items-center gap-4">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onChange({ q: q.trim() });
          }}
        >
          <label className="flex items-center gap-2 text-sm">
            <span>Search by {idLabel}</span>
            <input
              type="search"
              value={q}
              onChange={(event) => setQ(event.target.value)}
              placeholder="part of the id"
              className="w-48 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
            />
          </label>
        </form>
        <TimeRangePicker range={value.range} onChange={(range) => onChange({ range })} />
      </div>
    </div>
  );
}
