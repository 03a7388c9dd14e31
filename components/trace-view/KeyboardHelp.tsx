"use client";

import { useEffect, useRef } from "react";

export const SHORTCUTS: [keys: string, action: string][] = [
  ["↑ / ↓", "move through the spans"],
  ["← / →", "collapse / expand (or go to the parent / first child)"],
  ["Enter", "open the span in the inspector"],
  ["Esc", "close the inspector"],
  ["Home / End", "first / last span"],
  ["/", "search in the trace"],
  ["n / N", "next / previous search match"],
  ["[ / ]", "previous / next trace of the list"],
  ["?", "show this list"],
];

/** The list of keys, as a modal dialog. */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="keyboard-help-title" className="m-auto rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-black/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
      <h2 id="keyboard-help-title" className="mb-3 font-semibold">Keyboard shortcuts</h2>
      <table className="text-sm">
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <td className="py-0.5 pr-4 font-mono whitespace-nowrap">{keys}</td>
              <td className="py-0.5">{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="mt-4 rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-700" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
