"use client";

import { useState } from "react";
import { draftFrom, emptyDraft, inputFromDraft, kindOf, type AssessmentDraft, type ValueType } from "@/lib/feedback/assessment-draft";
import { groupAssessments } from "@/lib/feedback/chains";
import { newRequestKey } from "@/lib/feedback/request-key";
import { useCreateAssessment, useDeleteAssessment, useFeedbackSession, useUpdateAssessment } from "@/lib/queries/feedback";
import { useTraceAssessments } from "@/lib/queries/feedback-store";
import type { Assessment } from "@/lib/types/assessment";
import { AssessmentForm } from "./AssessmentForm";
import { AssessmentThreadItem } from "./AssessmentThreadItem";
import { lastDraft, rememberDraft } from "./last-draft";

interface AssessmentsPanelProps {
  traceId: string;
  /** The trace's assessments as last fetched (TraceSummary.assessments). */
  assessments: Assessment[];
  /** undefined: the trace's and all its spans' assessments; null: the trace's own; a span id: that span's. */
  spanId?: string | null;
  /** Span names by id, to label span-level assessments. */
  spanNames?: Record<string, string>;
}

type FormState = { mode: "add"; initial: AssessmentDraft } | { mode: "edit" | "override"; target: Assessment; initial: AssessmentDraft };

const FEEDBACK_TYPES: ValueType[] = ["boolean", "score", "label", "text"];
const EXPECTATION_TYPES: ValueType[] = ["expected_response", "expected_facts"];

/** Adding offers every kind; an override is feedback; an edit keeps the kind (MLflow refuses to change it). */
function allowedTypes(form: FormState): ValueType[] | undefined {
  if (form.mode === "add") return undefined;
  if (form.mode === "override") return FEEDBACK_TYPES;
  return kindOf(form.initial.type) === "feedback" ? FEEDBACK_TYPES : EXPECTATION_TYPES;
}

/** All assessments of a trace (or span) grouped by name, with add, edit, delete and override. */
export function AssessmentsPanel({ traceId, assessments, spanId, spanNames }: AssessmentsPanelProps) {
  const { data: session } = useFeedbackSession();
  const annotatorId = session?.annotator?.id ?? null;
  const merged = useTraceAssessments(traceId, assessments);
  const shown = spanId === undefined ? merged : merged.filter((a) => (a.spanId ?? null) === spanId);
  const groups = groupAssessments(shown);
  const [form, setForm] = useState<FormState | null>(null);
  const [requestKey, setRequestKey] = useState(newRequestKey);
  const create = useCreateAssessment(traceId);
  const update = useUpdateAssessment(traceId);
  const remove = useDeleteAssessment(traceId);
  const targetSpan = spanId ?? undefined;

  const open = (next: FormState) => {
    create.reset();
    update.reset();
    setForm(next);
  };
  const done = () => {
    setForm(null);
    setRequestKey(newRequestKey());
  };
  const submit = (draft: AssessmentDraft) => {
    if (!form) return null;
    if (form.mode === "edit") {
      const result = inputFromDraft(draft, { spanId: form.target.spanId });
      if (!result.ok) return result.errors;
      update.mutate({ assessment: form.target, value: result.input.value, rationale: draft.rationale.trim() }, { onSuccess: done });
      return null;
    }
    const target = form.mode === "override" ? { spanId: form.target.spanId, overrides: form.target.assessmentId } : { spanId: targetSpan };
    const result = inputFromDraft(draft, { ...target, requestKey });
    if (!result.ok) return result.errors;
    if (form.mode === "add") rememberDraft(draft);
    create.mutate(result.input, { onSuccess: done });
    return null;
  };

  const names = [...new Set([...merged.map((a) => a.name), ...(form?.mode === "add" ? [form.initial.name] : [])])].filter(Boolean).sort();
  const labelSuggestions = (name: string) => [...new Set(merged.filter((a) => a.name === name && typeof a.value === "string").map((a) => a.value as string))].slice(0, 50);
  const mutation = form?.mode === "edit" ? update : create;

  return (
    <section aria-label="Assessments" data-testid="assessments-panel" className="space-y-3">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold">Assessments</h3>
        {!form && (
          <button type="button" onClick={() => open({ mode: "add", initial: lastDraft() ?? emptyDraft() })} className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            Add assessment
          </button>
        )}
      </div>
      {remove.error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          Not deleted: {remove.error.message}
        </p>
      )}
      {form && (
        <AssessmentForm
          key={form.mode === "add" ? "add" : `${form.mode}-${form.target.assessmentId}`}
          title={form.mode === "add" ? `New assessment${targetSpan ? " on this span" : ""}` : form.mode === "edit" ? `Edit your ${form.target.name}` : `Override ${form.target.sourceId ?? "the judge"}'s ${form.target.name}`}
          initial={form.initial}
          submitLabel={form.mode === "override" ? "Override" : "Save"}
          lockName={form.mode !== "add"}
          allowedTypes={allowedTypes(form)}
          nameSuggestions={names}
          valueSuggestions={labelSuggestions(form.initial.name)}
          pending={mutation.isPending}
          serverError={mutation.error?.message ?? null}
          onSubmit={submit}
          onCancel={() => setForm(null)}
        />
      )}
      {groups.length === 0 ? (
        <p className="text-sm text-slate-500">No assessments yet.</p>
      ) : (
        groups.map((group) => (
          <div key={group.name} data-testid="assessment-group" data-name={group.name}>
            <h4 className="font-mono text-xs font-semibold break-all text-slate-500">{group.name || "(no name)"}</h4>
            <ul className="divide-y divide-slate-100 dark:divide-slate-800">
              {group.threads.map((thread) => (
                <AssessmentThreadItem
                  key={thread.head.assessmentId}
                  thread={thread}
                  annotatorId={annotatorId}
                  spanNames={spanNames}
                  onEdit={(a) => open({ mode: "edit", target: a, initial: draftFrom(a) })}
                  onDelete={(a) => remove.mutate(a)}
                  onOverride={(a) => open({ mode: "override", target: a, initial: { ...draftFrom(a), rationale: "" } })}
                />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
