import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { overviewQueries } from "@/lib/queries/overview";
import { loadOverview } from "@/lib/server/overview";
import { loadBreakdown } from "@/lib/server/overview-breakdown";
import { loadModelTokens } from "@/lib/server/overview-models";
import { overviewRequestFrom } from "@/lib/server/overview-request";
import { overviewApiParams, parseOverviewSearch } from "@/lib/url/overview-search";
import { OverviewView } from "./OverviewView";

/**
 * Renders the overview with its figures already loaded on the server (the same loaders the API
 * routes use), all three at once, so every panel arrives with the page instead of after hydration.
 * A panel whose loading fails here is asked for again by the browser, which shows the error itself.
 */
export async function PrefetchedOverview({ experimentId, params }: { experimentId: string; params: URLSearchParams }) {
  const queryClient = new QueryClient();
  const search = parseOverviewSearch(params);
  const requestFor = (options: { withBreakdown: boolean }, change: Partial<typeof search> = {}) =>
    overviewRequestFrom(experimentId, new URLSearchParams(overviewApiParams({ ...search, ...change }, options)));
  try {
    const main = requestFor({ withBreakdown: false });
    const breakdown = requestFor({ withBreakdown: true });
    const models = requestFor({ withBreakdown: false }, { bucket: null });
    // prefetchQuery never throws: a failed panel is simply left out of the dehydrated state.
    await Promise.all([
      queryClient.prefetchQuery({ ...overviewQueries.data(experimentId, search), queryFn: () => loadOverview(main) }),
      queryClient.prefetchQuery({ ...overviewQueries.breakdown(experimentId, search), queryFn: () => loadBreakdown(breakdown) }),
      queryClient.prefetchQuery({ ...overviewQueries.models(experimentId, search), queryFn: () => loadModelTokens(models) }),
    ]);
  } catch {
    // Bad parameters: left to the browser, which shows the error with a retry.
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OverviewView experimentId={experimentId} />
    </HydrationBoundary>
  );
}
