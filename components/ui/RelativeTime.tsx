"use client";

import { useSyncExternalStore } from "react";
import { formatAbsoluteTime, formatRelativeTime } from "@/lib/format/time";

// One shared minute clock, so relative times stay current without a timer per cell.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = Date.now();
    listeners.forEach((notify) => notify());
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** Relative time with the absolute time (viewer's time zone) on hover. */
export function RelativeTime({ ms }: { ms: number | null }) {
  const current = useSyncExternalStore(
    subscribe,
    () => now,
    () => ms ?? 0,
  );
  if (ms === null) return <span>—</span>;
  return (
    <time dateTime={new Date(ms).toISOString()} title={formatAbsoluteTime(ms)} suppressHydrationWarning>
      {formatRelativeTime(ms, current)}
    </time>
  );
}
