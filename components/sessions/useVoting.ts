"use client";

import { useState } from "react";
import { useSessionThumbs, type ThumbsInput } from "@/lib/queries/sessions";

/**
 * Voting on turns and on the session. Without a known annotator the vote waits until the reviewer
 * has given a name (`askName`); then it is sent.
 */
export function useVoting(experimentId: string, sessionId: string, annotator: string | null) {
  const mutation = useSessionThumbs(experimentId, sessionId);
  const [waiting, setWaiting] = useState<ThumbsInput | null>(null);
  return {
    vote: (input: ThumbsInput) => (annotator ? mutation.mutate(input) : setWaiting(input)),
    askName: waiting !== null,
    nameSaved: () => {
      if (waiting) mutation.mutate(waiting);
      setWaiting(null);
    },
    pendingTraceId: mutation.isPending ? (mutation.variables?.traceId ?? null) : null,
    error: mutation.error,
  };
}
