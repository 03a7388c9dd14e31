import { displayValue } from "@/lib/feedback/format-value";
import type { Assessment } from "@/lib/types/assessment";
import { ThumbIcon } from "./ThumbIcon";

const TONES = {
  positive: "text-emerald-700 dark:text-emerald-300",
  negative: "text-rose-700 dark:text-rose-300",
  neutral: "text-slate-800 dark:text-slate-100",
  error: "text-amber-700 dark:text-amber-300",
};

/** The value as plain text (never HTML), coloured by what it says; yes/no with a thumb. */
export function AssessmentValueText({ assessment }: { assessment: Assessment }) {
  const { text, tone } = displayValue(assessment);
  return (
    <span className={`inline-flex items-center gap-1 font-medium break-words whitespace-pre-wrap ${TONES[tone]} ${assessment.valid ? "" : "line-through"}`}>
      {typeof assessment.value === "boolean" && <ThumbIcon size={14} down={!assessment.value} filled />}
      {text}
    </span>
  );
}
