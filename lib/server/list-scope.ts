import "server-only";
import { parseTimeRange, resolveTimeRange, timeRangeClauses } from "@/lib/time/time-range";

/** The user's filter string and the time range of a request (`range`, or `from`/`to`), as MLflow clauses. */
export function requestFilters(request: Request, filter: string | undefined): (string | undefined)[] {
  const range = resolveTimeRange(parseTimeRange(new URL(request.url).searchParams), Date.now());
  return [filter, ...timeRangeClauses(range)];
}
