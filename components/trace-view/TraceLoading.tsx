"use client";

import { useEffect, useState } from "react";
import { formatBytes, formatCount } from "@/lib/format/duration";
import type { TraceSizeStats } from "@/lib/types/trace";

/** While the skeleton loads: how big the trace is (from its size stats) and how long it has taken. */
export function TraceLoading({ sizeStats, waitingForInfo }: { sizeStats: TraceSizeStats | null; waitingForInfo: boolean }) {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const spans = sizeStats?.numSpans ?? null;
  const bytes = sizeStats?.totalSizeBytes ?? null;
  return (
    <div role="status" aria-label="Loading the spans" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="trace-loading">
      <p className="text-sm">
        {waitingForInfo
          ? "Asking the tracking server for the trace…"
          : spans !== null
            ? `Loading ${formatCount(spans)} span${spans === 1 ? "" : "s"}${bytes !== null ? ` (${formatBytes(bytes)} on the tracking server)` : ""}…`
            : "Loading the spans…"}
        <span className="ml-2 font-mono text-slate-500">{((now - started) / 1000).toFixed(1)} s</span>
      </p>
      <div className="h-1.5 overflow-hidden rounded bg-slate-100 dark:bg-slate-800" aria-hidden>
        <div className="h-full w-1/3 animate-pulse rounded bg-teal-500" />
      </div>
      {spans !== null && spans > 5_000 && (
        <p className="text-xs text-slate-500">Large trace: the dashboard&apos;s server fetches it once, then sends the span tree first and each span&apos;s contents when you open it.</p>
      )}
      <div className="space-y-1.5">
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="h-6 animate-pulse rounded bg-slate-100 dark:bg-slate-800" style={{ marginLeft: `${(index % 4) * 16}px` }} />
        ))}
      </div>
    </div>
  );
}
