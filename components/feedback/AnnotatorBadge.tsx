"use client";

import { annotatorPrompt, useAnnotatorPrompt } from "@/lib/queries/feedback-store";
import { useFeedbackSession } from "@/lib/queries/feedback";
import { AnnotatorDialog } from "./AnnotatorDialog";
import { FailedVotes } from "./FailedVotes";

/** "annotating as …" in the header: the name from the sign-in proxy (fixed), or the one entered here. */
export function AnnotatorBadge() {
  const { data: session } = useFeedbackSession();
  const prompt = useAnnotatorPrompt();
  const annotator = session?.annotator ?? null;
  const fixed = !!session?.trustedHeader;
  return (
    <>
      <div className="flex items-center gap-1.5 text-sm" data-testid="annotator-badge" data-annotator={annotator?.id ?? ""}>
        {annotator ? (
          <>
            <span className="text-slate-500">annotating as</span>
            {fixed ? (
              <span className="font-medium" title={`From your sign-in (${session?.trustedHeader})`}>
                {annotator.id}
              </span>
            ) : (
              <button type="button" onClick={() => annotatorPrompt.open()} className="font-medium underline decoration-dotted underline-offset-2" title="Change the name your feedback is recorded under">
                {annotator.id}
              </button>
            )}
          </>
        ) : session && !fixed ? (
          <button type="button" onClick={() => annotatorPrompt.open()} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            Set your name to annotate
          </button>
        ) : session ? (
          <span className="text-amber-700" title={`The sign-in header ${session.trustedHeader} is missing`}>
            not signed in
          </span>
        ) : null}
      </div>
      {prompt.open && <AnnotatorDialog current={annotator?.id ?? null} reason={prompt.reason} trustedHeader={session?.trustedHeader ?? null} />}
      <FailedVotes />
    </>
  );
}
