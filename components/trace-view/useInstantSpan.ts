"use client";

import { useCallback, useState } from "react";

/**
 * The selected span: the URL's, or the one just picked. The URL is written through the History
 * API, and Next.js renders the change in a transition, some frames after the click; the picked
 * span is shown in the click's own render instead. Any change of the URL's span (the pick landing,
 * Back or Forward) takes over again.
 */
export function useInstantSpan(urlSpan: string | null, writeUrl: (span: string | null) => void) {
  const [picked, setPicked] = useState<{ span: string | null } | null>(null);
  const [seenUrlSpan, setSeenUrlSpan] = useState(urlSpan);
  if (seenUrlSpan !== urlSpan) {
    setSeenUrlSpan(urlSpan);
    setPicked(null);
  }
  const pick = useCallback(
    (span: string | null) => {
      setPicked({ span });
      writeUrl(span);
    },
    [writeUrl],
  );
  const span = picked && seenUrlSpan === urlSpan ? picked.span : urlSpan;
  return [span, pick] as const;
}
