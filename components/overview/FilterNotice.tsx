import { formatCount } from "@/lib/format/units";
import type { OverviewSource, UnappliedClause } from "@/lib/types/overview";

interface FilterNoticeProps {
  source: OverviewSource;
  unapplied: UnappliedClause[];
  /** Switches between the server's metrics and aggregating search results. */
  onSourceChange: (source: "metrics" | "search") => void;
  searchCap: number;
  chosenSearch: boolean;
}

/** Says where the figures come from and names every filter clause they do not honour. */
export function FilterNotice({ source, unapplied, onSourceChange, searchCap, chosenSearch }: FilterNoticeProps) {
  return (
    <>
      {source.kind === "search" && (
        <div role="status" data-testid="overview-source-notice" data-source="search" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-medium">Aggregated in the dashboard from trace search results, not by the tracking server.</p>
          <p>
            {source.reason} Figures cover {source.truncated ? `only the ${formatCount(source.scanned)} most recent traces of the range (the cap is ${formatCount(source.cap)})` : `all ${formatCount(source.scanned)} traces of the range (up to ${formatCount(source.cap)} are read)`}. Cost is one total, not split by model.
          </p>
          {chosenSearch && (
            <button type="button" className="mt-2 rounded border border-amber-500 px-2 py-0.5 text-xs font-medium" onClick={() => onSourceChange("metrics")}>
              Back to the server&apos;s metrics
            </button>
          )}
        </div>
      )}
      {unapplied.length > 0 && (
        <div role="status" data-testid="overview-unapplied-notice" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-medium">
            {unapplied.length === 1 ? "One clause of the filter is" : `${unapplied.length} clauses of the filter are`} not applied to these figures:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {unapplied.map((item) => (
              <li key={item.clause}>
                <code className="font-mono">{item.clause}</code>: {item.reason}.
              </li>
            ))}
          </ul>
          <p className="mt-1">The figures count traces as if {unapplied.length === 1 ? "it were" : "they were"} not there; the trace list behind each figure applies the whole filter.</p>
          <button type="button" className="mt-2 rounded border border-amber-500 px-2 py-0.5 text-xs font-medium" onClick={() => onSourceChange("search")}>
            Apply the whole filter by aggregating search results (up to {formatCount(searchCap)} traces)
          </button>
        </div>
      )}
    </>
  );
}
