"use client";

import { tallyThumbs, thumbsBy } from "@/lib/feedback/thumbs";
import type { ConversationTurn } from "@/lib/types/session";
import { ChatBubble } from "./ChatBubble";
import { ThumbsButtons } from "./ThumbsButtons";
import { TurnFigures } from "./TurnHeader";

interface TurnItemProps {
  turn: ConversationTurn;
  selected: boolean;
  annotator: string | null;
  votePending: boolean;
  onSelect: () => void;
  onVote: (value: boolean, replaces: string | undefined) => void;
}

/** One turn as chat bubbles, with its figures and thumbs; selecting it opens its trace beside the conversation. */
export function TurnItem({ turn, selected, annotator, votePending, onSelect, onVote }: TurnItemProps) {
  const tally = tallyThumbs(turn.thumbs);
  const mine = thumbsBy(turn.thumbs, annotator);
  return (
    <article
      id={`turn-${turn.traceId}`}
      data-testid="conversation-turn"
      data-trace-id={turn.traceId}
      aria-current={selected ? "true" : undefined}
      aria-label={`Turn ${turn.turn}`}
      onClick={onSelect}
      className={`cursor-pointer space-y-2 rounded-lg border p-3 [content-visibility:auto] ${
        selected ? "border-teal-500 ring-1 ring-teal-500" : "border-slate-200 hover:border-slate-300 dark:border-slate-800 dark:hover:border-slate-700"
      }`}
    >
      <header className="flex flex-wrap items-center justify-between gap-2">
        <button type="button" onClick={onSelect} aria-label={`Open the trace of turn ${turn.turn}`} className="text-left">
          <TurnFigures turn={turn} />
        </button>
        <ThumbsButtons
          target={`turn ${turn.turn}`}
          up={tally.up}
          down={tally.down}
          mine={mine ? (mine.value as boolean) : null}
          pending={votePending}
          onVote={(value) => onVote(value, mine?.assessmentId)}
        />
      </header>
      <ChatBubble role="user" text={turn.userText} truncated={turn.userTruncated} emptyLabel="(no user message recorded)" />
      <ChatBubble
        role="assistant"
        text={turn.assistantText}
        truncated={turn.assistantTruncated}
        emptyLabel={turn.state === "ERROR" ? "(no answer: the turn failed)" : turn.state === "IN_PROGRESS" ? "(still answering…)" : "(no answer recorded)"}
      />
    </article>
  );
}
