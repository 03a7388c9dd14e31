"use client";

import { useSyncExternalStore } from "react";
import { formatAbsoluteTime } from "@/lib/format/time";

const noSubscription = () => () => {};

/**
 * An absolute time in the viewer's time zone. The server does not know that zone, so the page's
 * HTML (and the hydrating render, which must match it) shows UTC, replaced right after hydration.
 */
export function LocalTime({ ms }: { ms: number | null }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  if (ms === null) return <span>—</span>;
  return <time dateTime={new Date(ms).toISOString()}>{inBrowser ? formatAbsoluteTime(ms) : `${formatAbsoluteTime(ms, "UTC")} UTC`}</time>;
}
