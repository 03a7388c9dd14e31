import { useId } from "react";
import type { AssessmentDraft, DraftField } from "@/lib/feedback/assessment-draft";
import { MAX_TEXT_VALUE } from "@/lib/feedback/schemas";

interface DraftValueFieldsProps {
  draft: AssessmentDraft;
  change: (patch: Partial<AssessmentDraft>) => void;
  inputClass: string;
  valueSuggestions: string[];
  describedBy: (field: DraftField) => string | undefined;
}

const caption = "mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300";

/** The value inputs for the draft's type. */
export function DraftValueFields({ draft, change, inputClass, valueSuggestions, describedBy }: DraftValueFieldsProps) {
  const listId = useId();
  switch (draft.type) {
    case "boolean":
      return (
        <fieldset className="flex gap-4" aria-describedby={describedBy("value")}>
          <legend className={caption}>Value</legend>
          {[true, false].map((value) => (
            <label key={String(value)} className="flex items-center gap-1.5">
              <input type="radio" name="boolean-value" checked={draft.booleanValue === value} onChange={() => change({ booleanValue: value })} />
              {value ? "Pass (true)" : "Fail (false)"}
            </label>
          ))}
        </fieldset>
      );
    case "score":
      return (
        <div className="grid grid-cols-3 gap-2">
          <label className="block">
            <span className={caption}>Score</span>
            <input type="number" step="any" value={draft.score} onChange={(event) => change({ score: event.target.value })} aria-describedby={describedBy("value")} className={inputClass} />
          </label>
          <label className="block">
            <span className={caption}>Range from</span>
            <input type="number" step="any" value={draft.rangeMin} onChange={(event) => change({ rangeMin: event.target.value })} aria-describedby={describedBy("range")} className={inputClass} />
          </label>
          <label className="block">
            <span className={caption}>to</span>
            <input type="number" step="any" value={draft.rangeMax} onChange={(event) => change({ rangeMax: event.target.value })} aria-describedby={describedBy("range")} className={inputClass} />
          </label>
        </div>
      );
    case "label":
      return (
        <label className="block">
          <span className={caption}>Label</span>
          <input value={draft.label} onChange={(event) => change({ label: event.target.value })} list={listId} maxLength={1000} aria-describedby={describedBy("value")} className={inputClass} />
          <datalist id={listId}>
            {valueSuggestions.map((value) => (
              <option key={value} value={value} />
            ))}
          </datalist>
        </label>
      );
    case "text":
    case "expected_response":
      return (
        <label className="block">
          <span className={caption}>{draft.type === "text" ? "Text" : "Expected response"}</span>
          <textarea value={draft.text} onChange={(event) => change({ text: event.target.value })} maxLength={MAX_TEXT_VALUE} rows={3} aria-describedby={describedBy("value")} className={inputClass} />
        </label>
      );
    case "expected_facts":
      return (
        <label className="block">
          <span className={caption}>Expected facts (one per line)</span>
          <textarea value={draft.facts} onChange={(event) => change({ facts: event.target.value })} rows={4} aria-describedby={describedBy("value")} className={inputClass} />
        </label>
      );
  }
}
