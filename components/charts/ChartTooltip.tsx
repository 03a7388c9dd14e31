import type { Series } from "./series";

interface ChartTooltipProps<Row> {
  row: Row | undefined;
  title: (row: Row) => string;
  series: Series<Row>[];
  hint?: string;
}

/** Exact values with units for the hovered bucket, one line per series, in the series' colour. */
export function ChartTooltip<Row>({ row, title, series, hint }: ChartTooltipProps<Row>) {
  if (!row) return null;
  return (
    <div className="rounded border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900">
      <p className="mb-1 font-medium">{title(row)}</p>
      <ul className="space-y-0.5">
        {series.map((item) => (
          <li key={item.key} className="flex items-center justify-between gap-4">
            <span className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-2 w-2 rounded-sm" style={{ background: item.color }} />
              {item.label}
            </span>
            <span className="font-mono tabular-nums">{item.format(item.value(row))}</span>
          </li>
        ))}
      </ul>
      {hint && <p className="mt-1 text-slate-500 dark:text-slate-400">{hint}</p>}
    </div>
  );
}
