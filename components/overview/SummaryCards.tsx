import Link from "next/link";
import { formatChange, formatCount, formatDuration, formatExactDuration, formatPercent } from "@/lib/format/units";
import type { SummaryCard, SummaryKey } from "@/lib/types/overview";

interface CardSpec {
  label: string;
  format: (value: number | null) => string;
  exact?: (value: number | null) => string;
  change: "relative" | "points";
  /** Whether a rise is good (green), bad (red) or neither. */
  rise: "good" | "bad" | "neutral";
}

const SPECS: Record<SummaryKey, CardSpec> = {
  traces: { label: "Traces", format: formatCount, change: "relative", rise: "neutral" },
  p95: { label: "p95 latency", format: formatDuration, exact: formatExactDuration, change: "relative", rise: "bad" },
  tokens: { label: "Total tokens", format: formatCount, change: "relative", rise: "neutral" },
  errorRate: { label: "Error rate", format: formatPercent, change: "points", rise: "bad" },
  thumbsUp: { label: "Thumbs-up rate", format: formatPercent, change: "points", rise: "good" },
};

function changeTone(spec: CardSpec, change: number | null): string {
  if (change === null || change === 0 || spec.rise === "neutral") return "text-slate-500 dark:text-slate-400";
  return (change > 0) === (spec.rise === "good") ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400";
}

interface SummaryCardsProps {
  cards: SummaryCard[];
  comparable: boolean;
  /** A line under the value, per card (e.g. the p50 beside the p95). */
  details: Partial<Record<SummaryKey, string>>;
  hrefs: Partial<Record<SummaryKey, string>>;
}

/** The headline figures of the range, each against the previous period of the same length. */
export function SummaryCards({ cards, comparable, details, hrefs }: SummaryCardsProps) {
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
      {cards.map((card) => {
        const spec = SPECS[card.key];
        const body = (
          <>
            <span className="text-xs text-slate-500 dark:text-slate-400">{spec.label}</span>
            <span className="block text-2xl font-semibold tabular-nums" data-testid={`summary-${card.key}-value`} data-value={card.value ?? ""} title={spec.exact?.(card.value)}>
              {spec.format(card.value)}
            </span>
            {details[card.key] && <span className="block text-xs text-slate-500 dark:text-slate-400">{details[card.key]}</span>}
            <span className={`block text-xs ${changeTone(spec, card.change)}`} data-testid={`summary-${card.key}-change`}>
              {!comparable
                ? "no previous period for all time"
                : card.previous === null
                  ? "no data in the previous period"
                  : card.change === null
                    ? `${spec.format(card.previous)} in the previous period`
                    : `${formatChange(card.change, spec.change)} vs ${spec.format(card.previous)} in the previous period`}
            </span>
          </>
        );
        const href = hrefs[card.key];
        return (
          <li key={card.key} className="rounded-lg border border-slate-200 dark:border-slate-800">
            {href ? (
              <Link href={href} prefetch={false} aria-label={`${spec.label}: ${spec.format(card.value)}. Open these traces`} className="block p-3 hover:bg-slate-50 dark:hover:bg-slate-900">
                {body}
              </Link>
            ) : (
              <div className="p-3">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
