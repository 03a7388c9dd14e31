// "12 of 50 reviewed by you": computed from the assessments the server holds (plus this tab's own
// writes), so it survives a reload and counts what others reviewed too.
import type { Assessment } from "@/lib/types/assessment";
import { findMyVote, othersVotes } from "./my-vote";

export interface ReviewItem {
  traceId: string;
  assessments: readonly Assessment[];
}

export interface ReviewProgress {
  total: number;
  reviewedByYou: number;
  /** Traces someone else voted on (whether or not you did). */
  reviewedByOthers: number;
  /** Traces nobody has voted on yet. */
  unreviewed: number;
}

export function reviewProgress(items: readonly ReviewItem[], name: string, annotatorId: string | null): ReviewProgress {
  const target = { name, spanId: null };
  let reviewedByYou = 0;
  let reviewedByOthers = 0;
  let unreviewed = 0;
  for (const item of items) {
    const mine = findMyVote(item.assessments, target, annotatorId) !== null;
    const others = othersVotes(item.assessments, target, annotatorId).length > 0;
    if (mine) reviewedByYou++;
    if (others) reviewedByOthers++;
    if (!mine && !others) unreviewed++;
  }
  return { total: items.length, reviewedByYou, reviewedByOthers, unreviewed };
}

/** Where to go after `from`: the next trace you have not voted on, wrapping around; null when all are done. */
export function nextUnreviewed(items: readonly ReviewItem[], from: number, name: string, annotatorId: string | null): number | null {
  const target = { name, spanId: null };
  for (let step = 1; step <= items.length; step++) {
    const index = (from + step) % items.length;
    if (!findMyVote(items[index].assessments, target, annotatorId)) return index;
  }
  return null;
}
