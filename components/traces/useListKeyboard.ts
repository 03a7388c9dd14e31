"use client";

import { type RefObject, useEffect, useRef } from "react";

interface ListKeyboard {
  inputRef: RefObject<HTMLInputElement | null>;
  rowIds: readonly string[];
  selectedId: string | null;
  onSelect: (traceId: string) => void;
  onOpen: (traceId: string) => void;
}

const NOT_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"]);

/** Keys typed into a text field or a list box belong to it, not to the list. */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || (target instanceof HTMLInputElement && !NOT_TEXT.has(target.type)));

/** `/` focuses the filter box, `j`/`k` move the selection, `Enter` opens the selected trace. */
export function useListKeyboard({ inputRef, rowIds, selectedId, onSelect, onOpen }: ListKeyboard) {
  // Keys can come faster than the selection reaches the URL; each press starts from the last one.
  const current = useRef(selectedId);
  useEffect(() => {
    current.current = selectedId;
  }, [selectedId]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || typingIn(event.target)) return;
      if (event.key === "/") {
        event.preventDefault();
        inputRef.current?.focus();
        return;
      }
      const selected = current.current;
      if (event.key === "Enter" && selected && !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)) {
        event.preventDefault();
        onOpen(selected);
        return;
      }
      if (event.key !== "j" && event.key !== "k") return;
      if (rowIds.length === 0) return;
      const index = selected ? rowIds.indexOf(selected) : -1;
      const next = event.key === "j" ? Math.min(index + 1, rowIds.length - 1) : index === -1 ? 0 : Math.max(index - 1, 0);
      event.preventDefault();
      current.current = rowIds[next];
      onSelect(rowIds[next]);
      document.querySelector(`[data-trace-id="${CSS.escape(rowIds[next])}"]`)?.scrollIntoView({ block: "nearest" });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [inputRef, rowIds, onSelect, onOpen]);
}
