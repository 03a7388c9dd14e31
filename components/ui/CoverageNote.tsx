import { formatAbsoluteTime } from "@/lib/format/time";
import { formatCount } from "@/lib/format/duration";
import type { ScanCoverage } from "@/lib/types/session";

/** Says plainly when figures come from a capped scan, and which traces they cover. */
export function CoverageNote({ coverage, subject }: { coverage: ScanCoverage; subject: string }) {
  if (!coverage.capped) return null;
  return (
    <p role="note" data-testid="coverage-capped-note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      Capped scan: {subject} count only the matching traces since {formatAbsoluteTime(coverage.sinceMs)} ({formatCount(coverage.tracesScanned)} traces
      read; the scan stops at a fixed number of traces). Older traces are not included.
    </p>
  );
}
