"use client";

import { useRef, useState } from "react";
import { formatCount } from "@/lib/format/trace-figures";
import { type ExportProgress, downloadExport } from "@/lib/queries/trace-export";
import type { ExportFormat } from "@/lib/traces/export";

type Status = { kind: "idle" } | { kind: "running"; format: ExportFormat; progress: ExportProgress } | { kind: "done"; rows: number } | { kind: "failed"; message: string };

/** Exports the whole filtered list (not just this page), streamed from our API, with progress. */
export function ExportMenu({ urlFor }: { urlFor: (format: ExportFormat) => string }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  const start = async (format: ExportFormat) => {
    abort.current = new AbortController();
    setStatus({ kind: "running", format, progress: { rows: 0, expected: null } });
    try {
      const result = await downloadExport(urlFor(format), format, (progress) => setStatus({ kind: "running", format, progress }), abort.current.signal);
      const href = URL.createObjectURL(result.blob);
      const anchor = document.createElement("a");
      anchor.href = href;
      anchor.download = result.fileName;
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      setStatus({ kind: "done", rows: result.rows });
    } catch (error) {
      if ((error as Error)?.name === "AbortError") setStatus({ kind: "idle" });
      else setStatus({ kind: "failed", message: (error as Error).message });
    }
  };

  const running = status.kind === "running";
  const expected = running ? status.progress.expected : null;
  return (
    <div className="flex items-center gap-2 text-sm">
      <span className="text-slate-600 dark:text-slate-400">Export</span>
      {(["csv", "json"] as const).map((format) => (
        <button key={format} type="button" disabled={running} onClick={() => void start(format)} className="rounded border border-slate-300 px-2 py-0.5 uppercase hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800">
          {format}
        </button>
      ))}
      {running && (
        <span role="status" data-testid="trace-export-progress" className="flex items-center gap-2">
          <progress max={expected?.count || undefined} value={expected?.count ? status.progress.rows : undefined} className="w-24" />
          {formatCount(status.progress.rows)}
          {expected ? ` of ${expected.exact ? "" : "at least "}${formatCount(expected.count)}` : ""} rows
          <button type="button" onClick={() => abort.current?.abort()} className="underline">
            Cancel
          </button>
        </span>
      )}
      {status.kind === "done" && <span role="status" data-testid="trace-export-done">Exported {formatCount(status.rows)} rows.</span>}
      {status.kind === "failed" && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          {status.message}
        </span>
      )}
    </div>
  );
}
