/** A vote the server refused: it was rolled back; say why and offer to send it again. */
export function VoteError({ message, onRetry, compact = false }: { message?: string; onRetry?: () => void; compact?: boolean }) {
  const text = `Your vote was not saved: ${message ?? "the server refused it."}`;
  return (
    <span role="alert" className="inline-flex items-center gap-1 text-xs text-rose-700 dark:text-rose-300" title={compact ? text : undefined}>
      {compact ? <span aria-hidden>⚠</span> : <span className="max-w-xs truncate">{text}</span>}
      {compact && <span className="sr-only">{text}</span>}
      {onRetry && (
        <button type="button" onClick={(event) => {
            event.stopPropagation();
            onRetry();
          }} className="rounded border border-rose-400 px-1.5 hover:bg-rose-50 dark:hover:bg-rose-950">
          Retry
        </button>
      )}
    </span>
  );
}
