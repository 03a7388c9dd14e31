import Link from "next/link";
import type { NeighborLinks } from "./useNeighborTraces";

const linkClass = "rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800";
const disabledClass = "rounded border border-slate-200 px-2 py-1 text-sm text-slate-400 dark:border-slate-800";

/** Previous / next trace of the list the trace was opened from; hidden when it was not. */
export function TraceNeighborLinks({ neighbors }: { neighbors: NeighborLinks }) {
  if (!neighbors.available) return null;
  return (
    <nav aria-label="Traces of the list" className="flex items-center gap-1" aria-busy={neighbors.loading}>
      {neighbors.previousHref ? (
        <Link prefetch={false} href={neighbors.previousHref} className={linkClass} title="Previous trace of the list ([)">
          ← Previous trace
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled>← Previous trace</span>
      )}
      {neighbors.nextHref ? (
        <Link prefetch={false} href={neighbors.nextHref} className={linkClass} title="Next trace of the list (])">
          Next trace →
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled>Next trace →</span>
      )}
    </nav>
  );
}
