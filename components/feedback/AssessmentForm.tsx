"use client";

import { useId, useState } from "react";
import { VALUE_TYPES, nameAfterTypeChange, type AssessmentDraft, type DraftField, type ValueType } from "@/lib/feedback/assessment-draft";
import { MAX_RATIONALE } from "@/lib/feedback/schemas";
import { DraftValueFields } from "./DraftValueFields";

export interface AssessmentFormProps {
  title: string;
  initial: AssessmentDraft;
  submitLabel: string;
  /** Edit and override keep the name; edit also keeps the kind. */
  lockName?: boolean;
  allowedTypes?: ValueType[];
  nameSuggestions?: string[];
  valueSuggestions?: string[];
  pending?: boolean;
  /** The server's refusal, shown above the buttons; the draft is kept. */
  serverError?: string | null;
  /** Returns field problems to show, or null when the draft was accepted. */
  onSubmit: (draft: AssessmentDraft) => Partial<Record<DraftField, string>> | null;
  onCancel: () => void;
}

const field = "w-full rounded border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950";

/** One form for every human assessment: scores on a range, labels, texts, expectations; add, edit or override. */
export function AssessmentForm({ title, initial, submitLabel, lockName = false, allowedTypes, nameSuggestions = [], valueSuggestions = [], pending = false, serverError, onSubmit, onCancel }: AssessmentFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const ids = useId();
  const change = (patch: Partial<AssessmentDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const submit = () => setErrors(onSubmit(draft) ?? {});
  const types = VALUE_TYPES.filter((t) => !allowedTypes || allowedTypes.includes(t.type));
  const errorOf = (name: DraftField) =>
    errors[name] ? (
      <p id={`${ids}-${name}`} role="alert" className="mt-1 text-xs text-rose-700 dark:text-rose-300">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          submit();
        }
      }}
      className="space-y-3 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
    >
      <p className="font-medium">{title}</p>
      <div className="grid grid-cols-2 gap-2">
        <label className="block">
          <span className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300">Kind</span>
          <select
            value={draft.type}
            onChange={(event) => {
              const type = event.target.value as ValueType;
              change({ type, name: lockName ? draft.name : nameAfterTypeChange(draft.type, type, draft.name) });
            }}
            className={field}
          >
            {types.map((t) => (
              <option key={t.type} value={t.type}>
                {t.label} ({t.kind})
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300">Name</span>
          <input value={draft.name} onChange={(event) => change({ name: event.target.value })} readOnly={lockName} list={`${ids}-names`} maxLength={250} aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? `${ids}-name` : undefined} className={`${field} ${lockName ? "bg-slate-50 dark:bg-slate-900" : ""}`} />
          <datalist id={`${ids}-names`}>
            {nameSuggestions.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {errorOf("name")}
        </label>
      </div>
      <DraftValueFields draft={draft} change={change} inputClass={field} valueSuggestions={valueSuggestions} describedBy={(name) => (errors[name] ? `${ids}-${name}` : undefined)} />
      {errorOf("value")}
      {errorOf("range")}
      <label className="block">
        <span className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300">Rationale (optional)</span>
        <textarea value={draft.rationale} onChange={(event) => change({ rationale: event.target.value })} maxLength={MAX_RATIONALE} rows={2} className={field} />
        {errorOf("rationale")}
      </label>
      {errorOf("form")}
      {serverError && (
        <p role="alert" className="rounded bg-rose-50 p-2 text-rose-800 dark:bg-rose-950 dark:text-rose-200">
          Not saved: {serverError}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onCancel} className="rounded px-3 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800">
          Cancel
        </button>
        <button type="submit" disabled={pending} className="rounded bg-teal-700 px-3 py-1.5 font-medium text-white disabled:opacity-50">
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
