"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EMPTY_VOCABULARY } from "@/lib/filters/fields";
import { traceListQueries } from "@/lib/queries/trace-list";

/**
 * The filter box's completions (keys and values seen in recent traces), asked for only once the
 * reader focuses something inside the element given `onFocus`: on screens where nothing else needs
 * them, loading the page does not wait for a 500-trace search.
 */
export function useVocabularyOnFocus(experimentId: string) {
  const [wanted, setWanted] = useState(false);
  const vocabulary = useQuery({ ...traceListQueries.vocabulary(experimentId), enabled: wanted }).data ?? EMPTY_VOCABULARY;
  return { vocabulary, onFocus: () => setWanted(true) };
}
