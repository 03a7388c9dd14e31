import type { FilterDiagnostic } from "@/lib/filters/parse";

/** What the check before sending found: errors (MLflow would reject) and warnings, each with its fix. */
export function FilterDiagnostics({ diagnostics, text, onSendAnyway }: { diagnostics: FilterDiagnostic[]; text: string; onSendAnyway?: () => void }) {
  if (diagnostics.length === 0) return null;
  return (
    <div data-testid="trace-filter-diagnostics" className="space-y-1 text-sm">
      <ul className="space-y-1">
        {diagnostics.map((diagnostic, index) => (
          <li
            key={index}
            data-severity={diagnostic.severity}
            className={`rounded border px-2 py-1 ${diagnostic.severity === "error" ? "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100" : "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"}`}
          >
            <span className="font-medium">{diagnostic.severity === "error" ? "Error" : "Note"}</span>
            {diagnostic.end > diagnostic.start && <code className="mx-1 rounded bg-white/60 px-1 dark:bg-black/30">{text.slice(diagnostic.start, Math.min(diagnostic.end, diagnostic.start + 60))}</code>}
            {diagnostic.message}
            {diagnostic.hint && <span className="block text-xs">→ {diagnostic.hint}</span>}
          </li>
        ))}
      </ul>
      {onSendAnyway && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Not sent: MLflow would reject it.{" "}
          <button type="button" onClick={onSendAnyway} className="underline">
            Send it anyway
          </button>
        </p>
      )}
    </div>
  );
}
