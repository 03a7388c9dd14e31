import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ExperimentHeader } from "@/components/layout/ExperimentHeader";
import { EXPERIMENT_ID_PATTERN } from "@/lib/api/request-guards";

export default async function ExperimentLayout({ children, params }: { children: ReactNode; params: Promise<{ experimentId: string }> }) {
  const { experimentId } = await params;
  if (!EXPERIMENT_ID_PATTERN.test(experimentId)) notFound();
  return (
    <>
      <ExperimentHeader experimentId={experimentId} />
      {children}
    </>
  );
}
