import { useQueries, type UseQueryOptions } from "@tanstack/react-query";

/** Rows on screen get their figures a few at a time, so the first ones show while the rest load. */
export const SUMMARY_BATCH = 10;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}

/**
 * Runs one query per batch of ids and collects the answers by id. Batches are cut by position, so
 * showing more rows keeps the batches (and cache entries) of the rows already shown.
 */
export function useSummaryBatches<S, Key extends readonly unknown[]>(
  ids: readonly string[],
  options: (batch: string[]) => UseQueryOptions<S[], Error, S[], Key>,
  idOf: (summary: S) => string,
  enabled: boolean,
): { byId: Map<string, S>; error: Error | null; refetch: () => void } {
  return useQueries({
    queries: enabled ? chunk(ids, SUMMARY_BATCH).map(options) : [],
    combine: (results) => {
      const byId = new Map<string, S>();
      for (const result of results) for (const summary of result.data ?? []) byId.set(idOf(summary), summary);
      const failed = results.find((result) => result.error);
      return { byId, error: failed?.error ?? null, refetch: () => results.forEach((result) => result.error && void result.refetch()) };
    },
  });
}
