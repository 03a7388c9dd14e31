import { ThumbIcon } from "@/components/ui/ThumbIcon";
import type { ThumbsTally } from "@/lib/types/session";

/** Thumbs up and down counts with a spoken form; a dash without any thumbs. */
export function ThumbsTallyText({ thumbs }: { thumbs: ThumbsTally }) {
  if (thumbs.up + thumbs.down === 0) return <span className="text-slate-400">—</span>;
  return (
    <span aria-label={`${thumbs.up} thumbs up, ${thumbs.down} thumbs down`} className="inline-flex items-center gap-2 whitespace-nowrap">
      <span aria-hidden className="inline-flex items-center gap-0.5 text-teal-700 dark:text-teal-400">
        <ThumbIcon /> {thumbs.up}
      </span>
      <span aria-hidden className="inline-flex items-center gap-0.5 text-red-700 dark:text-red-400">
        <ThumbIcon down /> {thumbs.down}
      </span>
    </span>
  );
}
