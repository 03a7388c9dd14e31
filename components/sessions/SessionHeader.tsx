import Link from "next/link";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { tallyThumbs, thumbsBy } from "@/lib/feedback/thumbs";
import { formatElapsed } from "@/lib/format/figures";
import { formatCount } from "@/lib/format/duration";
import type { SessionDetail } from "@/lib/types/session";
import { userHref } from "./session-links";
import { ThumbsButtons } from "./ThumbsButtons";
import { ThumbsTallyText } from "./ThumbsTallyText";

interface SessionHeaderProps {
  experimentId: string;
  detail: SessionDetail;
  tracesHref: string;
  votePending: boolean;
  onVote: (value: boolean, replaces: string | undefined) => void;
}

/** The session's id, people and figures, and the thumbs on the whole conversation. */
export function SessionHeader({ experimentId, detail, tracesHref, votePending, onVote }: SessionHeaderProps) {
  const { summary } = detail;
  const sessionTally = tallyThumbs(detail.sessionThumbs);
  const mine = thumbsBy(detail.sessionThumbs, detail.annotator);
  const figures: [string, React.ReactNode][] = [
    ["Turns", <span key="turns" data-testid="session-turn-count">{summary.turns}</span>],
    ["Duration", formatElapsed(summary.durationMs)],
    ["Tokens", formatCount(summary.totalTokens)],
    ["Errors", summary.errors],
    ["First activity", <RelativeTime key="first" ms={summary.firstActivityMs} />],
    ["Last activity", <RelativeTime key="last" ms={summary.lastActivityMs} />],
    ["Feedback (turns and session)", <ThumbsTallyText key="thumbs" thumbs={summary.thumbs} />],
  ];
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-xl font-semibold">
          Session <span className="font-mono text-base break-all" data-testid="session-id">{detail.sessionId}</span>
        </h1>
        <Link prefetch={false} href={tracesHref} className="text-sm text-teal-700 hover:underline dark:text-teal-400">
          This session&apos;s traces in the trace list →
        </Link>
      </div>
      <p className="text-sm">
        {summary.users.length === 1 ? "User " : summary.users.length ? "Users " : "No user recorded"}
        {summary.users.map((user, index) => (
          <span key={user}>
            {index > 0 && ", "}
            <Link prefetch={false} href={userHref(experimentId, user)} data-testid="session-user" className="font-medium text-teal-700 hover:underline dark:text-teal-400">
              {user}
            </Link>
          </span>
        ))}
      </p>
      <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
        <div>
          <dt className="text-xs text-slate-500 dark:text-slate-400">Rate the whole session</dt>
          <dd>
            <ThumbsButtons
              target="the whole session"
              up={sessionTally.up}
              down={sessionTally.down}
              mine={mine ? (mine.value as boolean) : null}
              pending={votePending}
              onVote={(value) => onVote(value, mine?.assessmentId)}
            />
          </dd>
        </div>
      </dl>
    </header>
  );
}
