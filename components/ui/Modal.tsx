"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A small dialog over the page: Escape or a click outside closes it; focus starts inside. An open
 * <dialog> element, so the pages' keyboard shortcuts (which skip `dialog[open]`) leave it alone.
 */
export function Modal({ title, onClose, children }: ModalProps) {
  const titleId = useId();
  const panel = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = panel.current?.querySelector<HTMLElement>("textarea, input, select") ?? panel.current?.querySelector<HTMLElement>("button");
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div
      className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/40 p-4 pt-[12vh]"
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Escape") onClose();
      }}
    >
      <dialog open ref={panel} aria-modal="true" aria-labelledby={titleId} className="relative m-0 w-full max-w-lg rounded-lg border border-slate-200 bg-white p-4 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        <h2 id={titleId} className="mb-3 font-semibold">
          {title}
        </h2>
        {children}
      </dialog>
    </div>
  );
}
