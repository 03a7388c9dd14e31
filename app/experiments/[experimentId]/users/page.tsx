import { Suspense } from "react";
import { UsersView } from "@/components/users/UsersView";
import { LoadingRows } from "@/components/ui/LoadingRows";

export default async function UsersPage({ params }: { params: Promise<{ experimentId: string }> }) {
  const { experimentId } = await params;
  return (
    <Suspense fallback={<LoadingRows label="Loading users" />}>
      <h1 className="sr-only">Users</h1>
      <UsersView experimentId={experimentId} />
    </Suspense>
  );
}
