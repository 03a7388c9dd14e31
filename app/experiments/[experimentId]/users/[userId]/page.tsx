import { Suspense } from "react";
import { UserView } from "@/components/users/UserView";
import { LoadingRows } from "@/components/ui/LoadingRows";
import { decodeSegment } from "@/components/sessions/session-links";

export default async function UserPage({ params }: { params: Promise<{ experimentId: string; userId: string }> }) {
  const { experimentId, userId } = await params;
  return (
    <Suspense fallback={<LoadingRows label="Loading the user" />}>
      <UserView experimentId={experimentId} userId={decodeSegment(userId)} />
    </Suspense>
  );
}
