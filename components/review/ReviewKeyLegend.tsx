import { REVIEW_KEYS } from "@/lib/feedback/review-keys";

const SHOWN: Record<string, string> = { ArrowRight: "→", ArrowLeft: "←" };

/** The keys of review mode, from the same table the key handler reads. */
export function ReviewKeyLegend() {
  return (
    <ul aria-label="Keyboard shortcuts" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-500">
      {REVIEW_KEYS.map((entry) => (
        <li key={entry.action}>
          {entry.keys.map((key) => (
            <kbd key={key} className="mr-0.5 rounded border border-slate-300 px-1 dark:border-slate-600">
              {SHOWN[key] ?? key}
            </kbd>
          ))}{" "}
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
