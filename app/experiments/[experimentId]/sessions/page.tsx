import { Suspense } from "react";
import { SessionsView } from "@/components/sessions/SessionsView";
import { LoadingRows } from "@/components/ui/LoadingRows";

export default async function SessionsPage({ params }: { params: Promise<{ experimentId: string }> }) {
  const { experimentId } = await params;
  return (
    <Suspense fallback={<LoadingRows label="Loading sessions" />}>
      <h1 className="sr-only">Sessions</h1>
      <SessionsView experimentId={experimentId} />
    </Suspense>
  );
}
