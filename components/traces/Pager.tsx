import { PAGE_SIZES } from "@/lib/traces/list-url";

interface PagerProps {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  pageSize: number;
  onPrevious: () => void;
  onNext: () => void;
  onFirst: () => void;
  onPageSizeChange: (size: number) => void;
}

const button = "rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800";

export function Pager({ page, hasPrevious, hasNext, pageSize, onPrevious, onNext, onFirst, onPageSizeChange }: PagerProps) {
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-2 text-sm">
      <button type="button" className={button} disabled={!hasPrevious} onClick={onFirst}>
        First
      </button>
      <button type="button" className={button} disabled={!hasPrevious} onClick={onPrevious}>
        ‹ Previous
      </button>
      <span data-testid="trace-list-page">Page {page}</span>
      <button type="button" className={button} disabled={!hasNext} onClick={onNext}>
        Next ›
      </button>
      <label className="ml-2 flex items-center gap-1 text-slate-600 dark:text-slate-400">
        Rows per page
        <select value={pageSize} onChange={(event) => onPageSizeChange(Number(event.target.value))} className="rounded border border-slate-300 bg-white px-1 dark:border-slate-700 dark:bg-slate-900">
          {[...new Set([...PAGE_SIZES, pageSize])].sort((a, b) => a - b).map((size) => (
            <option key={size}>{size}</option>
          ))}
        </select>
      </label>
    </nav>
  );
}
