import type { ReviewProgress } from "@/lib/feedback/review-progress";

/** "12 of 50 reviewed by you", from the votes the server holds, and what others reviewed. */
export function ReviewProgressBar({ progress, position }: { progress: ReviewProgress; position: number }) {
  const share = progress.total ? (progress.reviewedByYou / progress.total) * 100 : 0;
  return (
    <div className="space-y-1" data-testid="review-progress" data-reviewed-by-you={progress.reviewedByYou} data-total={progress.total}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p>
          <span className="font-semibold">
            {progress.reviewedByYou} of {progress.total} reviewed by you
          </span>
          <span className="text-slate-500">
            {" "}
            · {progress.reviewedByOthers} by others · {progress.unreviewed} by no one yet
          </span>
        </p>
        <p className="text-slate-500">
          trace {position + 1} of {progress.total}
        </p>
      </div>
      <div className="h-1.5 overflow-hidden rounded bg-slate-200 dark:bg-slate-800" role="progressbar" aria-label="Reviewed by you" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.reviewedByYou}>
        <div className="h-full bg-teal-600" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
