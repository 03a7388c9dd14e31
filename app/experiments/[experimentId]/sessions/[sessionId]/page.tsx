import { PrefetchedConversation } from "@/components/sessions/PrefetchedConversation";
import { decodeSegment } from "@/components/sessions/session-links";

export default async function SessionPage({ params }: { params: Promise<{ experimentId: string; sessionId: string }> }) {
  const { experimentId, sessionId } = await params;
  // No Suspense boundary: one session loads in a fraction of a second, and a streamed part would be
  // revealed no earlier than 300 ms after the rest of the page (React throttles Suspense reveals).
  return <PrefetchedConversation experimentId={experimentId} sessionId={decodeSegment(sessionId)} />;
}
