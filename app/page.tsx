import { Suspense } from "react";
import { ExperimentsView } from "@/components/experiments/ExperimentsView";
import { LoadingRows } from "@/components/ui/LoadingRows";

export default function HomePage() {
  return (
    <Suspense fallback={<LoadingRows label="Loading experiments" />}>
      <ExperimentsView />
    </Suspense>
  );
}
