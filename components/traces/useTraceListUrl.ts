"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { type TraceListState, parseTraceListState, writeTraceListState } from "@/lib/traces/list-url";

/**
 * The list's view state, read from the URL; `navigate` writes a new state. It goes through the
 * History API, which Next's router follows (useSearchParams updates, back and forward work) without
 * asking the server to render the page again: the client fetches what changed itself.
 * push: searches and pages (back/forward walk them); replace: selection, columns, refresh.
 */
export function useTraceListUrl() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const state = useMemo(() => parseTraceListState(new URLSearchParams(searchParams.toString())), [searchParams]);
  const hrefFor = useCallback(
    (next: TraceListState) => {
      const query = writeTraceListState(next).toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname],
  );
  const navigate = useCallback(
    (next: TraceListState, mode: "push" | "replace" = "push") => {
      if (mode === "push") window.history.pushState(null, "", hrefFor(next));
      else window.history.replaceState(null, "", hrefFor(next));
    },
    [hrefFor],
  );
  return { state, navigate };
}
