"use client";

import { useState } from "react";
import type { FilterVocabulary } from "@/lib/filters/fields";
import { quickFilterState, setQuickFilter } from "@/lib/filters/quick";

interface QuickFiltersProps {
  /** The filter string being edited; chips are read from it and write into it. */
  filter: string;
  vocabulary: FilterVocabulary;
  onChange: (filter: string) => void;
}

const chip = (on: boolean) =>
  `rounded-full border px-2.5 py-0.5 text-sm ${on ? "border-teal-600 bg-teal-600 text-white" : "border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"}`;
const select = "rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm dark:border-slate-700 dark:bg-slate-900";

/** Quick filters: each writes one ordinary clause into the filter string, and reads itself back from it. */
export function QuickFilters({ filter, vocabulary, onChange }: QuickFiltersProps) {
  const state = quickFilterState(filter);
  const thumbs = vocabulary.feedbackNames.find((name) => (vocabulary.assessmentValues[name] ?? []).every((value) => value === "true" || value === "false")) ?? "user_feedback";
  const withCurrent = (values: string[], current: string | null) => (current && !values.includes(current) ? [current, ...values] : values);
  const tagKeys = vocabulary.tagKeys.filter((key) => !key.startsWith("mlflow."));
  const [tagKey, setTagKey] = useState<string>("");
  const [problem, setProblem] = useState<string | null>(null);
  const shownTagKey = state.tag?.key ?? tagKey;
  const change = (edit: () => string) => {
    try {
      onChange(edit());
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Quick filters" role="group">
      <button type="button" aria-pressed={state.errors} className={chip(state.errors)} onClick={() => change(() => setQuickFilter(filter, "errors", state.errors ? null : "on"))}>
        Errors only
      </button>
      <button
        type="button"
        aria-pressed={state.negativeFeedback !== null}
        className={chip(state.negativeFeedback !== null)}
        onClick={() => change(() => setQuickFilter(filter, "negativeFeedback", state.negativeFeedback ? null : thumbs))}
      >
        Negative feedback
      </button>
      <SlowerThan key={state.slowerThanMs ?? "none"} ms={state.slowerThanMs} onChange={(ms) => change(() => setQuickFilter(filter, "slowerThan", ms))} />
      <label className="flex items-center gap-1 text-sm">
        User
        <select aria-label="User" className={select} value={state.user ?? ""} onChange={(event) => change(() => setQuickFilter(filter, "user", event.target.value || null))}>
          <option value="">any</option>
          {withCurrent(vocabulary.users, state.user).map((user) => (
            <option key={user}>{user}</option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 text-sm">
        Session
        <select aria-label="Session" className={`${select} max-w-[12rem]`} value={state.session ?? ""} onChange={(event) => change(() => setQuickFilter(filter, "session", event.target.value || null))}>
          <option value="">any</option>
          {withCurrent(vocabulary.sessions, state.session).map((session) => (
            <option key={session}>{session}</option>
          ))}
        </select>
      </label>
      <span className="flex items-center gap-1 text-sm">
        Tag
        <select aria-label="Tag key" className={select} value={shownTagKey} onChange={(event) => {
            const current = state.tag;
            setTagKey(event.target.value);
            if (current) change(() => setQuickFilter(filter, "tag", null, current.key));
          }}>
          <option value="">key…</option>
          {withCurrent(tagKeys, state.tag?.key ?? null).map((key) => (
            <option key={key}>{key}</option>
          ))}
        </select>
        {shownTagKey && (
          <select aria-label="Tag value" className={select} value={state.tag?.value ?? ""} onChange={(event) => change(() => setQuickFilter(filter, "tag", event.target.value || null, shownTagKey))}>
            <option value="">any</option>
            {withCurrent(vocabulary.tagValues[shownTagKey] ?? [], state.tag?.value ?? null).map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        )}
      </span>
      <TextSearch key={state.text ?? ""} text={state.text} onChange={(text) => change(() => setQuickFilter(filter, "text", text || null))} />
      {problem && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {problem}
        </span>
      )}
    </div>
  );
}

function SlowerThan({ ms, onChange }: { ms: number | null; onChange: (ms: number | null) => void }) {
  const [seconds, setSeconds] = useState(ms === null ? "" : String(ms / 1000));
  const apply = () => {
    const value = Number(seconds);
    onChange(seconds.trim() === "" || !Number.isFinite(value) || value <= 0 ? null : Math.round(value * 1000));
  };
  return (
    <label className={`flex items-center gap-1 ${chip(ms !== null)}`}>
      Slower than
      <input
        aria-label="Slower than (seconds)"
        inputMode="decimal"
        value={seconds}
        onChange={(event) => setSeconds(event.target.value)}
        onBlur={() => String(ms === null ? "" : ms / 1000) !== seconds && apply()}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            apply();
          }
        }}
        className="w-12 rounded bg-white px-1 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
      />
      s
    </label>
  );
}

function TextSearch({ text, onChange }: { text: string | null; onChange: (text: string) => void }) {
  const [value, setValue] = useState(text ?? "");
  return (
    <form
      className="flex items-center"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(value.trim());
      }}
    >
      <input
        type="search"
        aria-label="Search the text of the traces"
        placeholder="Text in the traces…"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        className="w-48 rounded border border-slate-300 bg-white px-2 py-0.5 text-sm dark:border-slate-700 dark:bg-slate-900"
      />
    </form>
  );
}
