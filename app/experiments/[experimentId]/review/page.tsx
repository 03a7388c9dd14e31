import { Suspense } from "react";
import { ReviewView } from "@/components/review/ReviewView";
import { LoadingRows } from "@/components/ui/LoadingRows";

export default async function ReviewPage({ params }: { params: Promise<{ experimentId: string }> }) {
  const { experimentId } = await params;
  return (
    <Suspense fallback={<LoadingRows label="Loading the review" />}>
      <ReviewView experimentId={experimentId} />
    </Suspense>
  );
}
