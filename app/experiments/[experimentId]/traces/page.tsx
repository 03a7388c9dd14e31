import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { TracesView } from "@/components/traces/TracesView";
import { MlflowError } from "@/lib/mlflow/errors";
import { loadTracePage } from "@/lib/server/trace-list";
import { COLUMNS_COOKIE, decodeColumns } from "@/lib/traces/columns";
import { traceListRequest } from "@/lib/traces/list-request";
import { parseTraceListState, pinNow, writeTraceListState } from "@/lib/traces/list-url";
import type { TraceListPage } from "@/lib/types/trace-list";

export const metadata: Metadata = { title: "Traces · Trace dashboard" };

type SearchParams = Record<string, string | string[] | undefined>;

function toParams(searchParams: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  return params;
}

/** The trace list: the first page is read from MLflow here, so its rows are in the HTML. */
export default async function TracesPage({ params, searchParams }: { params: Promise<{ experimentId: string }>; searchParams: Promise<SearchParams> }) {
  const { experimentId } = await params;
  const state = parseTraceListState(toParams(await searchParams));
  const path = `/experiments/${encodeURIComponent(experimentId)}/traces`;
  // A search is pinned to the moment it started; a URL without the pin gets one, so it can be shared.
  if (state.pinnedAt === null) redirect(`${path}?${writeTraceListState(pinNow(state))}`);

  const request = traceListRequest(state, state.pinnedAt);
  let initialPage: TraceListPage | null = null;
  try {
    initialPage = await loadTracePage(experimentId, request);
  } catch (error) {
    // The client shows the error (MLflow's message for a rejected filter) and retries by itself.
    if (!(error instanceof MlflowError)) throw error;
  }
  const savedColumns = decodeColumns((await cookies()).get(COLUMNS_COOKIE)?.value);
  return <TracesView key={experimentId} experimentId={experimentId} initialPage={initialPage} savedColumns={savedColumns} />;
}
