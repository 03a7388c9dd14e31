import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { ExperimentId, GroupId } from "@/lib/api/schemas";
import { sessionQueries } from "@/lib/queries/sessions";
import { loadSessionDetail } from "@/lib/server/sessions";
import { ConversationView } from "./ConversationView";

/**
 * Renders a conversation with its turns loaded on the server (the loader the API route uses), so
 * the turns are in the page's HTML rather than fetched after hydration. When that fails, or the
 * session has no traces, the browser asks again and shows the error or the not-found state itself.
 */
export async function PrefetchedConversation({ experimentId, sessionId }: { experimentId: string; sessionId: string }) {
  const queryClient = new QueryClient();
  try {
    const detail = await loadSessionDetail(ExperimentId.parse(experimentId), GroupId.parse(sessionId));
    if (detail) queryClient.setQueryData(sessionQueries.detail(experimentId, sessionId).queryKey, detail);
  } catch {
    // Left to the browser.
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ConversationView experimentId={experimentId} sessionId={sessionId} />
    </HydrationBoundary>
  );
}
