import "server-only";
import { groupBy } from "@/lib/aggregate/trace-figures";
import { sortUsers, summarizeUser } from "@/lib/aggregate/users";
import { keyContains } from "@/lib/filters/group-clauses";
import { TRACE_METADATA } from "@/lib/mlflow/keys";
import type { UserList, UserSort, UserSummary } from "@/lib/types/session";
import type { TraceSummary } from "@/lib/types/trace";
import { discoverRecentGroups, equalTo, present, scanVariants, type KeyClause } from "./group-scan";

// Users of an experiment (`mlflow.trace.user`), grouped here on the server from trace search.
// Figures cover the user's traces that match the filter and time range.

const USER = TRACE_METADATA.user;
const userOf = (trace: TraceSummary) => trace.user;

export interface UserScope {
  experimentId: string;
  filters: (string | undefined)[];
}

export interface UserListParams extends UserScope {
  search?: string;
  sort: UserSort;
  direction: "asc" | "desc";
  limit: number;
}

export async function listUsers(params: UserListParams): Promise<UserList> {
  const search = params.search?.trim();
  const idClause: KeyClause = search ? { key: USER, clause: (source) => keyContains(USER, source, search) } : present(USER);
  if (params.sort === "lastSeen" && params.direction === "desc") {
    const found = await discoverRecentGroups(params.experimentId, [idClause], params.filters, userOf, params.limit);
    return {
      rows: found.groups.map((group) => ({ userId: group.id, lastSeenMs: group.lastMs, summary: null })),
      hasMore: found.hasMore,
      complete: false,
      coverage: found.coverage,
    };
  }
  const { traces, coverage } = await scanVariants(params.experimentId, [idClause], params.filters);
  const summaries = [...groupBy(traces, userOf)].map(([userId, group]) => summarizeUser(userId, group, coverage));
  const sorted = sortUsers(summaries, params.sort, params.direction);
  return {
    rows: sorted.slice(0, params.limit).map((summary) => ({ userId: summary.userId, lastSeenMs: summary.lastSeenMs, summary })),
    hasMore: sorted.length > params.limit,
    complete: true,
    coverage,
  };
}

export async function summarizeUsers(scope: UserScope, userIds: string[]): Promise<UserSummary[]> {
  return Promise.all(
    userIds.map(async (userId) => {
      const { traces, coverage } = await scanVariants(scope.experimentId, [equalTo(USER, userId)], scope.filters);
      return summarizeUser(userId, traces, coverage);
    }),
  );
}
