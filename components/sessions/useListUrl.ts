"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { PAGE_STEP, parseGroupListSearch, toGroupListParams, type GroupListSearch } from "@/lib/url/group-list-search";

/**
 * The list state of the sessions or users screen, read from the URL, and a way to change it.
 * Changing what is listed (search, filter, time range, sort) starts again from the first rows.
 * The URL changes through the History API, which Next's router follows, so a change does not wait
 * for the server to render the page again: the lists fetch what they need themselves.
 */
export function useListUrl<Sort extends string>(sorts: readonly Sort[], defaultSort: Sort) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const search = useMemo(() => parseGroupListSearch(searchParams, sorts, defaultSort), [searchParams, sorts, defaultSort]);
  const update = (patch: Partial<GroupListSearch<Sort>>) => {
    const next = { ...search, limit: PAGE_STEP, ...patch };
    const query = toGroupListParams(next, defaultSort).toString();
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  };
  return { search, update };
}
