/** The trace's own tags (MLflow's internal mlflow.* tags left out) as key=value chips. */
export function TagList({ tags }: { tags: Record<string, string> }) {
  const entries = Object.entries(tags).filter(([key]) => !key.startsWith("mlflow."));
  if (entries.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {entries.map(([key, value]) => (
        <span key={key} title={`${key}=${value}`} className="max-w-[12rem] truncate rounded bg-slate-100 px-1 text-xs dark:bg-slate-800">
          {key}={value}
        </span>
      ))}
    </span>
  );
}
