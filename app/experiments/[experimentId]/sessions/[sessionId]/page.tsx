import { Suspense } from "react";
import { PrefetchedConversation } from "@/components/sessions/PrefetchedConversation";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { decodeSegment } from "@/components/sessions/session-links";

export default async function SessionPage({ params }: { params: Promise<{ experimentId: string; sessionId: string }> }) {
  const { experimentId, sessionId } = await params;
  return (
    <Suspense fallback={<LoadingRows label="Loading the conversation" />}>
      <PrefetchedConversation experimentId={experimentId} sessionId={decodeSegment(sessionId)} />
    </Suspense>
  );
}
