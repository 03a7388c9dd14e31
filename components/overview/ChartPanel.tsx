import type { ReactNode } from "react";
import { downloadText } from "./download";

interface ChartPanelProps {
  title: string;
  /** What the figures are, in a sentence (units, source, caps). */
  description?: ReactNode;
  testId: string;
  legend?: { label: string; color: string }[];
  /** When set, the chart has no data and this says what is missing. */
  empty: string | null;
  csv: { fileName: string; text: () => string };
  children: ReactNode;
}

/** A titled chart with its legend, a CSV download of its data, and an empty state. */
export function ChartPanel({ title, description, testId, legend, empty, csv, children }: ChartPanelProps) {
  return (
    <section data-testid={testId} data-state={empty ? "empty" : "ready"} aria-label={title} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <header className="mb-2 flex items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h2 className="font-medium">{title}</h2>
          {description && <p className="text-xs text-slate-500 dark:text-slate-400">{description}</p>}
        </div>
        <button
          type="button"
          disabled={Boolean(empty)}
          onClick={() => downloadText(csv.fileName, csv.text())}
          className="shrink-0 rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Download CSV
        </button>
      </header>
      {empty ? (
        <p className="flex h-[220px] items-center justify-center rounded border border-dashed border-slate-300 px-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">{empty}</p>
      ) : (
        <>
          {legend && legend.length > 0 && (
            <ul className="mb-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
              {legend.map((item) => (
                <li key={item.label} className="flex items-center gap-1.5">
                  <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: item.color }} />
                  {item.label}
                </li>
              ))}
            </ul>
          )}
          {children}
        </>
      )}
    </section>
  );
}
