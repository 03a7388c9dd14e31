import { sourceLabel } from "@/lib/feedback/format-value";

const COLOURS: Record<string, string> = {
  HUMAN: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  LLM_JUDGE: "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200",
  CODE: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
};

export function SourceBadge({ sourceType }: { sourceType: string }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${COLOURS[sourceType] ?? "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200"}`}>{sourceLabel(sourceType)}</span>;
}
