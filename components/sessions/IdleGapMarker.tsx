import { formatElapsed } from "@/lib/format/figures";

/** A pause in the conversation longer than a few minutes. */
export function IdleGapMarker({ ms }: { ms: number }) {
  return (
    <div role="separator" aria-label={`${formatElapsed(ms)} idle`} data-testid="idle-gap" className="flex items-center gap-3 text-xs text-slate-500 dark:text-slate-400">
      <span className="h-px flex-1 border-t border-dashed border-slate-300 dark:border-slate-700" />
      {formatElapsed(ms)} idle
      <span className="h-px flex-1 border-t border-dashed border-slate-300 dark:border-slate-700" />
    </div>
  );
}
