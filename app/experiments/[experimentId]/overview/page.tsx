import { Suspense } from "react";
import { PrefetchedOverview } from "@/components/overview/PrefetchedOverview";
import { LoadingRows } from "@/components/ui/LoadingRows";

export default async function OverviewPage({ params, searchParams }: { params: Promise<{ experimentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { experimentId } = await params;
  const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
  return (
    <Suspense fallback={<LoadingRows label="Loading the overview" rows={8} />}>
      <PrefetchedOverview experimentId={experimentId} params={query} />
    </Suspense>
  );
}
