import type { TraceSummary } from "./trace";

export interface ChatMessage {
  role: string;
  content: string;
  /** Names of the tools an assistant message asks for. */
  toolCalls: string[];
  /** True when the content was cut to keep the page responsive. */
  truncated: boolean;
}

export interface KeySpan {
  spanId: string;
  name: string;
  type: string;
  status: "OK" | "ERROR" | "UNSET";
  statusMessage: string | null;
  durationMs: number | null;
  inputPreview: string;
  outputPreview: string;
}

/** One trace as review mode shows it: the conversation and the spans worth a look. */
export interface ReviewTrace {
  info: TraceSummary;
  request: ChatMessage[];
  response: ChatMessage[];
  keySpans: KeySpan[];
  /** Key spans left out beyond the cap. */
  omittedKeySpans: number;
  spanCount: number;
}
