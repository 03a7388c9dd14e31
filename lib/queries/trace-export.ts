// Reads the streamed export from our API, reporting rows as they arrive, and hands back the file.
import { type ExportFormat, createRowCounter } from "@/lib/traces/export";
import { ApiError } from "./fetcher";

export interface ExportResult {
  blob: Blob;
  rows: number;
  fileName: string;
}

export interface ExportProgress {
  rows: number;
  /** From X-Trace-Count; `exact: false` means at least that many. */
  expected: { count: number; exact: boolean } | null;
}

export async function downloadExport(url: string, format: ExportFormat, onProgress: (progress: ExportProgress) => void, signal?: AbortSignal): Promise<ExportResult> {
  const response = await fetch(url, { signal });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(response.status, body?.error?.code ?? "HTTP_ERROR", body?.error?.message ?? `The export failed (HTTP ${response.status}).`);
  }
  const countHeader = response.headers.get("X-Trace-Count");
  const expected = countHeader === null ? null : { count: Number(countHeader), exact: response.headers.get("X-Trace-Count-Exact") === "true" };
  const fileName = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? `traces.${format}`;
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const count = createRowCounter(format);
  const parts: BlobPart[] = [];
  let rows = 0;
  onProgress({ rows, expected });
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      if ((error as Error)?.name === "AbortError") throw error;
      throw new ApiError(502, "EXPORT_INTERRUPTED", `The export stopped after ${rows} rows: the tracking server or the connection failed. Try again.`);
    }
    if (chunk.done) break;
    parts.push(chunk.value as Uint8Array<ArrayBuffer>);
    rows = count(decoder.decode(chunk.value, { stream: true }));
    onProgress({ rows, expected });
  }
  return { blob: new Blob(parts, { type: format === "csv" ? "text/csv" : "application/json" }), rows, fileName };
}
