import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { overviewQueries } from "@/lib/queries/overview";
import { loadOverview } from "@/lib/server/overview";
import { overviewRequestFrom } from "@/lib/server/overview-request";
import { overviewApiParams, parseOverviewSearch } from "@/lib/url/overview-search";
import { OverviewView } from "./OverviewView";

/**
 * Renders the overview with its main figures already loaded on the server (the same loader the
 * API route uses), so the charts arrive with the page instead of after hydration. When loading
 * fails here the browser asks again and shows the error itself.
 */
export async function PrefetchedOverview({ experimentId, params }: { experimentId: string; params: URLSearchParams }) {
  const queryClient = new QueryClient();
  const search = parseOverviewSearch(params);
  try {
    const request = overviewRequestFrom(experimentId, new URLSearchParams(overviewApiParams(search, { withBreakdown: false })));
    await queryClient.prefetchQuery({ ...overviewQueries.data(experimentId, search), queryFn: () => loadOverview(request) });
  } catch {
    // Left to the browser, which shows the error with a retry.
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OverviewView experimentId={experimentId} />
    </HydrationBoundary>
  );
}
