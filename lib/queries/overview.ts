import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { BreakdownData, ModelTokensData, OverviewData } from "@/lib/types/overview";
import { overviewApiParams, type OverviewSearch } from "@/lib/url/overview-search";
import { getJson } from "./fetcher";

// The overview screen's three requests: all charts and cards, one breakdown, tokens by model.

const overviewKeys = {
  all: ["overview"] as const,
  data: (experimentId: string, params: string) => [...overviewKeys.all, experimentId, "data", params] as const,
  breakdown: (experimentId: string, params: string) => [...overviewKeys.all, experimentId, "breakdown", params] as const,
  models: (experimentId: string, params: string) => [...overviewKeys.all, experimentId, "models", params] as const,
};

const base = (experimentId: string) => `/api/experiments/${encodeURIComponent(experimentId)}/overview`;

export const overviewQueries = {
  data: (experimentId: string, search: OverviewSearch) => {
    const params = overviewApiParams(search, { withBreakdown: false });
    return queryOptions({
      queryKey: overviewKeys.data(experimentId, params),
      queryFn: ({ signal }) => getJson<OverviewData>(`${base(experimentId)}?${params}`, signal),
      placeholderData: keepPreviousData,
    });
  },
  breakdown: (experimentId: string, search: OverviewSearch) => {
    const params = overviewApiParams(search, { withBreakdown: true });
    return queryOptions({
      queryKey: overviewKeys.breakdown(experimentId, params),
      queryFn: ({ signal }) => getJson<BreakdownData>(`${base(experimentId)}/breakdown?${params}`, signal),
      placeholderData: keepPreviousData,
    });
  },
  models: (experimentId: string, search: OverviewSearch) => {
    const params = overviewApiParams({ ...search, bucket: null }, { withBreakdown: false });
    return queryOptions({
      queryKey: overviewKeys.models(experimentId, params),
      queryFn: ({ signal }) => getJson<ModelTokensData>(`${base(experimentId)}/models?${params}`, signal),
      placeholderData: keepPreviousData,
    });
  },
};
