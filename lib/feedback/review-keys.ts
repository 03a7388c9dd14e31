// Review mode's keyboard: one table, read by the key handler and the on-screen legend.

export type ReviewAction = "up" | "down" | "comment" | "next" | "previous" | "help";

export const REVIEW_KEYS: { action: ReviewAction; keys: string[]; label: string }[] = [
  { action: "up", keys: ["u", "+"], label: "thumbs up (and next)" },
  { action: "down", keys: ["d", "-"], label: "thumbs down (and next)" },
  { action: "comment", keys: ["c"], label: "comment" },
  { action: "next", keys: ["j", "ArrowRight"], label: "skip to next" },
  { action: "previous", keys: ["k", "ArrowLeft"], label: "back" },
  { action: "help", keys: ["?"], label: "show keys" },
];

interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element the key was pressed in. */
  targetTag: string;
  targetEditable: boolean;
}

/** The action for a key press, or null: typing in a field or with a modifier is left alone. */
export function reviewActionFor(event: KeyEventLike): ReviewAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.targetEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(event.targetTag.toUpperCase())) return null;
  return REVIEW_KEYS.find((entry) => entry.keys.includes(event.key))?.action ?? null;
}

/** Index after a step, kept within the list (no wrap: the ends say so). */
export function step(index: number, delta: number, length: number): number {
  return Math.max(0, Math.min(length - 1, index + delta));
}
