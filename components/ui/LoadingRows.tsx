/** A skeleton while the first rows load, so the layout does not jump. */
export function LoadingRows({ rows = 6, label }: { rows?: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-2">
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="h-8 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
      ))}
      <span className="sr-only">{label}</span>
    </div>
  );
}
