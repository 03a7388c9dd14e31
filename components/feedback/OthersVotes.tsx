import type { Assessment } from "@/lib/types/assessment";
import { ThumbIcon } from "./ThumbIcon";

/** How everyone else voted, with their names on hover. */
export function OthersVotes({ votes }: { votes: Assessment[] }) {
  if (votes.length === 0) return null;
  const up = votes.filter((vote) => vote.value === true);
  const down = votes.filter((vote) => vote.value === false);
  const names = (list: Assessment[]) => list.map((vote) => vote.sourceId ?? "?").join(", ");
  const title = [up.length ? `up: ${names(up)}` : "", down.length ? `down: ${names(down)}` : ""].filter(Boolean).join("; ");
  return (
    <span className="inline-flex items-center gap-1.5 text-xs whitespace-nowrap text-slate-500" title={`Others' votes: ${title}`} data-testid="others-votes">
      <span className="sr-only">Others&apos; votes: {title}</span>
      {up.length > 0 && (
        <span aria-hidden className="inline-flex items-center gap-0.5">
          <ThumbIcon size={12} />
          {up.length}
        </span>
      )}
      {down.length > 0 && (
        <span aria-hidden className="inline-flex items-center gap-0.5">
          <ThumbIcon size={12} down />
          {down.length}
        </span>
      )}
    </span>
  );
}
