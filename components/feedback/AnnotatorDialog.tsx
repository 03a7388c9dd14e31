"use client";

import { useState } from "react";
import { Modal } from "@/components/ui/Modal";
import { NAME_RULES, cleanAnnotatorName } from "@/lib/feedback/annotator";
import { annotatorPrompt } from "@/lib/queries/feedback-store";
import { useSetAnnotator } from "@/lib/queries/feedback";

/** Asks for the annotator's name once; what was clicked before waits for it and then goes through. */
export function AnnotatorDialog({ current, reason, trustedHeader }: { current: string | null; reason: string | null; trustedHeader: string | null }) {
  const [name, setName] = useState(current ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const setAnnotator = useSetAnnotator();
  const submit = () => {
    const clean = cleanAnnotatorName(name);
    if (!clean) return setProblem(NAME_RULES);
    setAnnotator.mutate(clean, {
      onSuccess: (session) => annotatorPrompt.close(session.annotator?.id ?? clean),
      onError: (error) => setProblem(error.message),
    });
  };
  if (trustedHeader) {
    return (
      <Modal title="Not signed in" onClose={() => annotatorPrompt.close(null)}>
        <p className="text-sm">
          This dashboard takes your identity from your sign-in (the header <code>{trustedHeader}</code>), and this request came without it. Sign in again through your company&apos;s login, then
          retry.
        </p>
        <div className="mt-3 flex justify-end">
          <button type="button" onClick={() => annotatorPrompt.close(null)} className="rounded px-3 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
            Close
          </button>
        </div>
      </Modal>
    );
  }
  return (
    <Modal title="Who is annotating?" onClose={() => annotatorPrompt.close(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        className="space-y-3 text-sm"
      >
        {reason && <p className="text-slate-600 dark:text-slate-300">{reason}</p>}
        <label className="block">
          <span className="mb-1 block font-medium">Your name or e-mail</span>
          <input
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setProblem(null);
            }}
            maxLength={250}
            autoComplete="email"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "annotator-problem" : undefined}
            className="w-full rounded border border-slate-300 px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
        <p className="text-xs text-slate-500">It is kept in a cookie on this browser and recorded as the author of your feedback.</p>
        {problem && (
          <p id="annotator-problem" role="alert" className="text-rose-700 dark:text-rose-300">
            {problem}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <button type="button" onClick={() => annotatorPrompt.close(null)} className="rounded px-3 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800">
            Cancel
          </button>
          <button type="submit" disabled={setAnnotator.isPending} className="rounded bg-teal-700 px-3 py-1.5 font-medium text-white disabled:opacity-50">
            {setAnnotator.isPending ? "Saving…" : "Save name"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
