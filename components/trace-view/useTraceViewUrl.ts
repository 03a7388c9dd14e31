"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { TRACE_VIEW_PARAMS, parseTraceView, toTraceViewParams, type TraceViewState } from "@/lib/url/trace-view";

/**
 * The view state from the URL, and a setter. It writes through the History API, which Next.js
 * syncs with useSearchParams without a round trip to the server. Zooming pushes (so Back undoes
 * it); everything else replaces.
 */
export function useTraceViewUrl() {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseTraceView(new URLSearchParams(searchParams.toString())), [searchParams]);
  const update = useCallback((patch: Partial<TraceViewState>, options: { push?: boolean } = {}) => {
    const params = new URLSearchParams(window.location.search);
    const current = parseTraceView(params);
    // Parameters of a page that embeds the trace view (e.g. a conversation's `turn`) stay.
    for (const key of TRACE_VIEW_PARAMS) params.delete(key);
    for (const [key, value] of toTraceViewParams({ ...current, ...patch })) params.append(key, value);
    const query = params.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (options.push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);
  return [state, update] as const;
}
