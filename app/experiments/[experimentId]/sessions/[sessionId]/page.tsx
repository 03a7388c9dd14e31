import { Suspense } from "react";
import { ConversationView } from "@/components/sessions/ConversationView";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { decodeSegment } from "@/components/sessions/session-links";

export default async function SessionPage({ params }: { params: Promise<{ experimentId: string; sessionId: string }> }) {
  const { experimentId, sessionId } = await params;
  return (
    <Suspense fallback={<LoadingRows label="Loading the conversation" />}>
      <ConversationView experimentId={experimentId} sessionId={decodeSegment(sessionId)} />
    </Suspense>
  );
}
