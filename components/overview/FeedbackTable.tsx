import Link from "next/link";
import { formatCount, formatPercent } from "@/lib/format/units";
import type { FeedbackName } from "@/lib/types/overview";
import { SOURCE_LABELS } from "./overview-series";

interface FeedbackTableProps {
  names: FeedbackName[];
  colors: Record<string, string>;
  /** The trace list for the whole range narrowed by a feedback clause. */
  hrefFor: (name: FeedbackName, value: "positive" | "negative" | "any") => string;
}

/** Each feedback name over the range, with links to the traces that got a positive, a negative or any result. */
export function FeedbackTable({ names, colors, hrefFor }: FeedbackTableProps) {
  const link = "text-teal-700 underline-offset-2 hover:underline dark:text-teal-400";
  return (
    <table className="mt-3 w-full text-left text-xs" data-testid="feedback-table">
      <thead className="text-slate-500 dark:text-slate-400">
        <tr>
          <th className="py-1 font-normal">Name</th>
          <th className="py-1 font-normal">Source</th>
          <th className="py-1 text-right font-normal">Results</th>
          <th className="py-1 text-right font-normal">Over the range</th>
          <th className="py-1 font-normal">
            <span className="sr-only">Traces</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name.name} className="border-t border-slate-100 dark:border-slate-800">
            <td className="py-1">
              <span aria-hidden className="mr-1.5 inline-block h-2 w-2 rounded-sm" style={{ background: colors[name.name] }} />
              {name.name}
            </td>
            <td className="py-1">{SOURCE_LABELS[name.source]}</td>
            <td className="py-1 text-right tabular-nums">{formatCount(name.count)}</td>
            <td className="py-1 text-right tabular-nums">{name.kind === "pass_fail" ? `${formatPercent(name.overall)} positive` : `mean ${name.overall?.toFixed(2) ?? "—"}`}</td>
            <td className="py-1 pl-3">
              {name.searchValues ? (
                <span className="flex gap-3">
                  <Link className={link} prefetch={false} href={hrefFor(name, "positive")}>
                    positive ({name.searchValues.positive})
                  </Link>
                  <Link className={link} prefetch={false} href={hrefFor(name, "negative")}>
                    negative ({name.searchValues.negative})
                  </Link>
                </span>
              ) : (
                <Link className={link} prefetch={false} href={hrefFor(name, "any")}>
                  traces
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
