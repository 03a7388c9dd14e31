"use client";

import { type RefObject, useEffect, useMemo, useState } from "react";
import { completeFilter } from "@/lib/filters/complete";
import type { FilterVocabulary } from "@/lib/filters/fields";
import { hasErrors, parseFilter } from "@/lib/filters/parse";
import { FilterDiagnostics } from "./FilterDiagnostics";
import { FilterSuggestions } from "./FilterSuggestions";

interface TraceFilterBarProps {
  /** The filter of the results on screen. */
  committed: string;
  draft: string;
  onDraftChange: (text: string) => void;
  /** `force`: send even though a check before sending found a problem. */
  onCommit: (text: string, force: boolean) => void;
  vocabulary: FilterVocabulary;
  /** Why the last search did not start (the server's own message). */
  serverError: { message: string; rejected: boolean } | null;
  pending: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The filter-string box: MLflow's filter language verbatim, with completion and checks before sending. */
export function TraceFilterBar({ committed, draft, onDraftChange, onCommit, vocabulary, serverError, pending, inputRef }: TraceFilterBarProps) {
  const [caret, setCaret] = useState(draft.length);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Checks show once the reader tries to send (not while a clause is half typed), and for the filter on screen.
  const [attempted, setAttempted] = useState(false);
  const parsed = useMemo(() => parseFilter(draft), [draft]);
  const completions = useMemo(() => completeFilter(draft, Math.min(caret, draft.length), vocabulary), [draft, caret, vocabulary]);
  const showList = open && completions.items.length > 0;
  const blocked = hasErrors(parsed);
  // Text typed before the page's script ran is in the box but not in state: keep it.
  useEffect(() => {
    const typed = inputRef.current?.value;
    if (typed && typed !== draft) onDraftChange(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, right after hydration
  }, []);

  const accept = (index: number) => {
    const item = completions.items[index];
    if (!item) return;
    const text = draft.slice(0, completions.from) + item.insert + draft.slice(completions.to);
    const position = completions.from + item.insert.length;
    onDraftChange(text);
    setCaret(position);
    setActive(-1);
    requestAnimationFrame(() => inputRef.current?.setSelectionRange(position, position));
  };

  return (
    // Before the page's script runs, Enter submits this form natively as `?filter=…`, which the
    // server renders, so a filter typed during loading is not lost.
    <form
      role="search"
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        setOpen(false);
        setAttempted(true);
        onCommit(draft, false);
      }}
    >
      <div className="flex gap-2">
        <div className="relative flex-1">
          <label htmlFor="trace-filter" className="sr-only">
            MLflow filter string
          </label>
          <input
            id="trace-filter"
            ref={inputRef}
            data-testid="trace-filter-input"
            name="filter"
            value={draft}
            spellCheck={false}
            autoComplete="off"
            role="combobox"
            aria-expanded={showList}
            aria-controls="trace-filter-suggestions"
            aria-activedescendant={showList && active >= 0 ? `trace-filter-suggestion-${active}` : undefined}
            aria-invalid={blocked || Boolean(serverError)}
            placeholder="e.g. trace.status = 'ERROR' AND metadata.`mlflow.trace.user` = 'alice'   (press / to focus)"
            className={`w-full rounded border bg-white px-2 py-1.5 font-mono text-sm dark:bg-slate-900 ${blocked || serverError ? "border-red-400" : "border-slate-300 dark:border-slate-700"}`}
            onChange={(event) => {
              onDraftChange(event.target.value);
              setCaret(event.target.selectionStart ?? event.target.value.length);
              setOpen(true);
              setActive(-1);
            }}
            onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? draft.length)}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                if (showList) setOpen(false);
                else event.currentTarget.blur();
                event.preventDefault();
              } else if (showList && event.key === "ArrowDown") {
                setActive((index) => Math.min(index + 1, completions.items.length - 1));
                event.preventDefault();
              } else if (showList && event.key === "ArrowUp") {
                setActive((index) => Math.max(index - 1, 0));
                event.preventDefault();
              } else if (showList && (event.key === "Tab" || (event.key === "Enter" && active >= 0))) {
                accept(Math.max(active, 0));
                event.preventDefault();
              } else if (event.key === " " && event.ctrlKey) {
                setOpen(true);
                event.preventDefault();
              }
            }}
          />
          {showList && <FilterSuggestions items={completions.items} active={active} onPick={accept} />}
        </div>
        {/* Never disabled: a disabled default button would make Enter in the box do nothing while a search runs. */}
        <button type="submit" aria-busy={pending} className="rounded bg-teal-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-teal-800 aria-busy:opacity-60">
          {pending ? "Searching…" : "Search"}
        </button>
      </div>
      <FilterDiagnostics diagnostics={attempted || draft === committed ? parsed.diagnostics : []} text={draft} onSendAnyway={blocked ? () => onCommit(draft, true) : undefined} />
      {serverError && (
        <div role="alert" data-testid="trace-filter-server-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <span className="font-semibold">{serverError.rejected ? "MLflow rejected this filter:" : "The search failed:"}</span> <span className="font-mono break-words">{serverError.message}</span>
          <div className="mt-1 text-xs">The results below are still those of the previous search.</div>
        </div>
      )}
    </form>
  );
}
