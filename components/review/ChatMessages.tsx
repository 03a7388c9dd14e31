import type { ChatMessage } from "@/lib/types/review";

const ROLE_STYLES: Record<string, string> = {
  user: "border-sky-200 bg-sky-50 dark:border-sky-900 dark:bg-sky-950/40",
  assistant: "border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950/40",
  tool: "border-amber-200 bg-amber-50 dark:border-amber-900 dark:bg-amber-950/40",
};

/** Messages as plain text (never HTML); system prompts folded; long ones scroll in their box. */
export function ChatMessages({ messages, label }: { messages: ChatMessage[]; label: string }) {
  if (messages.length === 0) return <p className="text-sm text-slate-500">No {label.toLowerCase()} recorded.</p>;
  return (
    <ol aria-label={label} className="space-y-2">
      {messages.map((message, index) => {
        const body = (
          <>
            {message.content && <p className="max-h-96 overflow-auto text-sm break-words whitespace-pre-wrap">{message.content}</p>}
            {message.toolCalls.length > 0 && <p className="mt-1 text-xs text-slate-500">calls {message.toolCalls.map((name) => `${name}()`).join(", ")}</p>}
            {message.truncated && <p className="mt-1 text-xs text-amber-700">(cut here; open the trace for the full text)</p>}
          </>
        );
        return (
          <li key={index} data-role={message.role} className={`rounded-lg border p-3 ${ROLE_STYLES[message.role] ?? "border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900"}`}>
            {message.role === "system" ? (
              <details>
                <summary className="cursor-pointer text-xs font-semibold tracking-wide text-slate-500 uppercase">system prompt</summary>
                {body}
              </details>
            ) : (
              <>
                <p className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{message.role}</p>
                {body}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
