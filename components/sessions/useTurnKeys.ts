"use client";

import { useEffect, useRef } from "react";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** Inside the trace panel, ← / → belong to the waterfall (fold and unfold spans). */
const inTracePanel = (target: EventTarget | null) => target instanceof HTMLElement && target.closest("[data-turn-panel]") !== null;

/**
 * ← / → select the previous / next turn (not while typing, nor with modifier keys, nor inside the
 * trace panel). The listener runs in the capture phase, before the embedded trace view's own keys,
 * and marks the event handled so the trace view leaves it alone.
 */
export function useTurnKeys(turnIds: string[], selectedId: string | null, select: (traceId: string) => void) {
  // Keys can come faster than the URL updates; each press moves on from the last one.
  const current = useRef(selectedId);
  useEffect(() => {
    current.current = selectedId;
  }, [selectedId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTyping(event.target) || inTracePanel(event.target)) return;
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      if (turnIds.length === 0) return;
      const index = current.current ? turnIds.indexOf(current.current) : -1;
      const next = event.key === "ArrowRight" ? Math.min(turnIds.length - 1, index + 1) : index === -1 ? 0 : Math.max(0, index - 1);
      if (next !== index) {
        event.preventDefault();
        current.current = turnIds[next];
        select(turnIds[next]);
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [turnIds, select]);

  // Keep the selected turn on screen as the keys move through a long conversation.
  useEffect(() => {
    if (selectedId) document.getElementById(`turn-${selectedId}`)?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);
}
