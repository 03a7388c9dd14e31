// Recognises retrieved documents (a RETRIEVER span's output: MLflow/LangChain Document dicts and
// similar {content, score, source} records) and normalises them for rendering.

export interface RetrievedDocument {
  id: string | null;
  content: string;
  source: string | null;
  score: number | null;
  metadata: Record<string, unknown>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === "object" && !Array.isArray(value);

function contentOf(doc: Json): string | null {
  for (const key of ["page_content", "content", "text", "document"]) if (typeof doc[key] === "string") return doc[key] as string;
  return null;
}

function firstString(...values: unknown[]): string | null {
  for (const value of values) if (typeof value === "string" && value !== "") return value;
  return null;
}

function firstNumber(...values: unknown[]): number | null {
  for (const value of values) if (typeof value === "number" && Number.isFinite(value)) return value;
  return null;
}

/** The documents in a value, or null when it is not a list of documents. */
export function documentsOf(value: unknown): RetrievedDocument[] | null {
  const list = isObject(value) && Array.isArray(value.documents) ? value.documents : value;
  if (!Array.isArray(list) || list.length === 0) return null;
  const documents: RetrievedDocument[] = [];
  for (const item of list) {
    if (!isObject(item)) return null;
    const content = contentOf(item);
    if (content === null) return null;
    const metadata = isObject(item.metadata) ? item.metadata : {};
    documents.push({
      id: firstString(item.id, metadata.chunk_id),
      content,
      source: firstString(metadata.doc_uri, metadata.source, metadata.url, item.doc_uri, item.source, item.url),
      score: firstNumber(item.score, metadata.score, item.relevance_score, metadata.relevance_score),
      metadata,
    });
  }
  return documents;
}
