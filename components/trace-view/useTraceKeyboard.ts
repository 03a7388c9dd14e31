"use client";

import { useEffect, useEffectEvent } from "react";

export type TraceKey = "up" | "down" | "left" | "right" | "open" | "close" | "first" | "last" | "search" | "nextMatch" | "previousMatch" | "previousTrace" | "nextTrace" | "help";

const KEYS: Record<string, TraceKey> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
  Enter: "open",
  Escape: "close",
  Home: "first",
  End: "last",
  "/": "search",
  n: "nextMatch",
  N: "previousMatch",
  "[": "previousTrace",
  "]": "nextTrace",
  "?": "help",
};

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || !!target.closest("dialog[open]");
}

/** The trace page's keys, ignored while the reader types in a field or a dialog is open. */
export function useTraceKeyboard(onKey: (key: TraceKey) => boolean | void) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || typing(event.target)) return;
    const key = KEYS[event.key];
    if (!key) return;
    // Enter on a focused button or link keeps its own meaning.
    if (key === "open" && event.target instanceof HTMLElement && event.target.closest("button, a")) return;
    if (onKey(key) !== false) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}
