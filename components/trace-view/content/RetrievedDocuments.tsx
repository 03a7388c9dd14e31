import type { RetrievedDocument } from "@/lib/content/documents";
import { safeHttpUrl } from "@/lib/content/safe-url";
import { FoldedText } from "./FoldedText";
import { JsonViewer } from "./JsonViewer";
import { SafeLink } from "./SafeLink";

/** Retrieved documents: rank, source, score, content, and the rest of their metadata. */
export function RetrievedDocuments({ documents }: { documents: RetrievedDocument[] }) {
  return (
    <ol className="space-y-2" data-testid="retrieved-documents">
      {documents.map((document, index) => (
        <li key={index} className="rounded border border-amber-200 p-2 text-sm dark:border-amber-900" data-testid="retrieved-document">
          <div className="mb-1 flex flex-wrap items-baseline gap-2 text-xs">
            <span className="font-semibold">#{index + 1}</span>
            {document.source && (safeHttpUrl(document.source) ? <SafeLink href={document.source}>{document.source}</SafeLink> : <span className="font-mono break-all">{document.source}</span>)}
            {document.score !== null && (
              <span className="rounded bg-amber-100 px-1.5 font-mono text-amber-900 dark:bg-amber-900 dark:text-amber-100" title="score">
                score {document.score}
              </span>
            )}
            {document.id && <span className="font-mono text-slate-500">{document.id}</span>}
          </div>
          <FoldedText text={document.content} limit={1_500} />
          {Object.keys(document.metadata).length > 0 && (
            <details className="mt-1 text-xs">
              <summary className="cursor-pointer text-slate-500">metadata</summary>
              <JsonViewer value={document.metadata} label={`metadata of document ${index + 1}`} searchable={false} />
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
