interface ErrorStateProps {
  title: string;
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failure the reader can act on: what went wrong, in the server's words, and a retry. */
export function ErrorState({ title, message, onRetry, retrying = false }: ErrorStateProps) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm break-words whitespace-pre-wrap">{message}</p>
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="mt-3 rounded border border-red-400 px-3 py-1 text-sm font-medium hover:bg-red-100 disabled:opacity-60 dark:hover:bg-red-900"
        >
          {retrying ? "Retrying…" : "Retry now"}
        </button>
      )}
    </div>
  );
}
