import "server-only";
import { collectGroups } from "@/lib/aggregate/trace-figures";
import { BadRequest } from "@/lib/server/handle";
import { UnquotableValueError } from "@/lib/filters/quote";
import { allOf, hasKey, keyEquals, type GroupKeyName, type GroupKeySource } from "@/lib/filters/group-clauses";
import { searchTraces } from "@/lib/mlflow/client";
import type { ScanCoverage } from "@/lib/types/session";
import type { TraceSummary } from "@/lib/types/trace";
import { mergeScans, mlflowLimit, scanAll, scanNewestFirst, type ScanResult } from "./trace-scan";
import { processWide } from "./process-wide";

// Sessions and users are groups of traces sharing a metadata value (or, for some apps, a tag).
// This module finds groups and reads whole groups; lib/aggregate turns them into figures.

const probes = processWide("group-scan.probes", () => new Map<string, Promise<boolean>>());

/**
 * Whether some trace of the experiment carries the key only as a tag. Asked afresh for every
 * request (a tag can appear at any time); concurrent asks share one probe.
 */
function taggedOnly(experimentId: string, key: GroupKeyName): Promise<boolean> {
  const probeKey = `${experimentId}\n${key}`;
  let probe = probes.get(probeKey);
  if (!probe) {
    probe = mlflowLimit(() => searchTraces({ experimentIds: [experimentId], filter: hasKey(key, "tag"), maxResults: 1 }))
      .then((page) => page.traces.length > 0)
      .finally(() => probes.delete(probeKey));
    probes.set(probeKey, probe);
  }
  return probe;
}

/** A clause on one grouping key, written per source (metadata or tag form). */
export type KeyClause = { key: GroupKeyName; clause: (source: GroupKeySource) => string };

export const present = (key: GroupKeyName): KeyClause => ({ key, clause: (source) => hasKey(key, source) });

export function equalTo(key: GroupKeyName, value: string): KeyClause {
  return {
    key,
    clause: (source) => {
      try {
        return keyEquals(key, source, value);
      } catch (error) {
        if (error instanceof UnquotableValueError) throw new BadRequest(error.message);
        throw error;
      }
    },
  };
}

/**
 * Runs `run` with the filter that reads every key from metadata (at once), and, when some traces
 * carry a key only as a tag, with each other combination of metadata and tag forms. Each filter is
 * ANDed with `rest` (the user's filter, the time range).
 */
export async function withKeyVariants<T>(
  experimentId: string,
  keyClauses: KeyClause[],
  rest: (string | undefined)[],
  run: (filter: string) => Promise<T>,
): Promise<T[]> {
  const filterOf = (sources: GroupKeySource[]) => allOf(...keyClauses.map((clause, index) => clause.clause(sources[index])), ...rest) as string;
  const allMetadata = keyClauses.map((): GroupKeySource => "metadata");
  const [first, tagged] = await Promise.all([run(filterOf(allMetadata)), Promise.all(keyClauses.map((clause) => taggedOnly(experimentId, clause.key)))]);
  let combos: GroupKeySource[][] = [[]];
  for (const hasTags of tagged) combos = combos.flatMap((combo) => (hasTags ? [[...combo, "metadata"], [...combo, "tag"]] : [[...combo, "metadata"]]) as GroupKeySource[][]);
  const others = combos.filter((combo) => combo.some((source) => source === "tag"));
  return [first, ...(await Promise.all(others.map((combo) => run(filterOf(combo)))))];
}

export interface DiscoveredGroup {
  id: string;
  lastMs: number | null;
  users: string[];
}

export interface Discovery {
  groups: DiscoveredGroup[];
  hasMore: boolean;
  coverage: ScanCoverage;
}

/** The `limit` groups with the most recent matching trace, reading the newest traces only as far as needed. */
export async function discoverRecentGroups(
  experimentId: string,
  keyClauses: KeyClause[],
  rest: (string | undefined)[],
  keyOf: (trace: TraceSummary) => string | null,
  limit: number,
): Promise<Discovery> {
  const scans = await withKeyVariants(experimentId, keyClauses, rest, async (filter) => {
    const groups: ReturnType<typeof collectGroups> = new Map();
    const result = await scanNewestFirst(experimentId, filter, (traces) => collectGroups(traces, keyOf, groups).size <= limit);
    return { groups, result };
  });
  const merged = new Map<string, { lastMs: number | null; users: Set<string> }>();
  for (const { groups } of scans) {
    for (const [id, group] of groups) {
      const known = merged.get(id);
      if (!known) merged.set(id, { lastMs: group.lastMs, users: new Set(group.users) });
      else {
        known.lastMs = Math.max(known.lastMs ?? -Infinity, group.lastMs ?? -Infinity);
        group.users.forEach((user) => known.users.add(user));
      }
    }
  }
  const ordered = [...merged].sort(([idA, a], [idB, b]) => (b.lastMs ?? 0) - (a.lastMs ?? 0) || idA.localeCompare(idB));
  // Stopped early for lack of room, not for having found enough: older groups may exist unseen.
  const capped = scans.some(({ groups, result }) => !result.exhausted && groups.size <= limit);
  const sinceMs = capped ? Math.max(...scans.map(({ result }) => result.oldestSeenMs ?? -Infinity)) : null;
  return {
    groups: ordered.slice(0, limit).map(([id, group]) => ({ id, lastMs: group.lastMs, users: [...group.users] })),
    hasMore: ordered.length > limit || capped,
    coverage: { tracesScanned: scans.reduce((sum, { result }) => sum + result.scanned, 0), capped, sinceMs },
  };
}

/** Every matching trace under any of the key variants. */
export async function scanVariants(experimentId: string, keyClauses: KeyClause[], rest: (string | undefined)[]): Promise<ScanResult> {
  const results = await withKeyVariants(experimentId, keyClauses, rest, (filter) => scanAll(experimentId, filter));
  return results.length === 1 ? results[0] : mergeScans(results);
}
