import type { Completion } from "@/lib/filters/complete";

/** The completion list under the filter box; mouse-down picks so the input keeps its focus. */
export function FilterSuggestions({ items, active, onPick }: { items: Completion[]; active: number; onPick: (index: number) => void }) {
  return (
    <ul
      id="trace-filter-suggestions"
      role="listbox"
      aria-label="Filter suggestions"
      className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded border border-slate-300 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      {items.map((item, index) => (
        <li
          key={`${item.label}-${index}`}
          id={`trace-filter-suggestion-${index}`}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(index);
          }}
          className={`flex cursor-pointer justify-between gap-4 px-2 py-1 ${index === active ? "bg-teal-100 dark:bg-teal-900" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
        >
          <span className="font-mono">{item.label}</span>
          {item.detail && <span className="truncate text-xs text-slate-500">{item.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
