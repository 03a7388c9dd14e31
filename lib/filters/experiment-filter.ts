import { quoteValue } from "./quote";

/** A case-insensitive substring search on experiment names, or no filter for an empty search. */
export function experimentNameFilter(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed) return undefined;
  return `name ILIKE ${quoteValue(`%${trimmed}%`)}`;
}
