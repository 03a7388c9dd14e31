"use client";

import { useEffect, useState } from "react";
import { IN_PROGRESS_REFRESH_MS } from "@/lib/queries/trace-detail";

/** For an in-progress trace: that it refreshes by itself, and how fresh the spans shown are. */
export function LiveStatus({ fetchedAtMs }: { fetchedAtMs: number }) {
  const [now, setNow] = useState(fetchedAtMs);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p className="flex items-center gap-2 text-xs text-amber-800 dark:text-amber-300" role="status" data-testid="live-status" data-fetched-at={fetchedAtMs}>
      <span aria-hidden className="h-2 w-2 animate-pulse rounded-full bg-amber-500" />
      In progress: the spans refresh every {IN_PROGRESS_REFRESH_MS / 1000} s without moving your place
      <span className="text-slate-500">(updated {Math.max(0, Math.round((now - fetchedAtMs) / 1000))} s ago)</span>
    </p>
  );
}
