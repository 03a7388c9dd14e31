import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { toSpan } from "@/lib/mlflow/to-span";
import { toTraceSummary } from "@/lib/mlflow/to-trace";
import type { MlflowTrace } from "@/lib/mlflow/wire";
import { MAX_KEY_SPANS, MAX_MESSAGE_CHARS, keySpans, requestMessages, responseMessages, toReviewTrace } from "./review-trace";

const recorded = fixture<{ trace: MlflowTrace }>("trace-get").trace;
const spans = (recorded.spans ?? []).map(toSpan);
const info = toTraceSummary(recorded.trace_info!);

describe("toReviewTrace on a recorded agent trace", () => {
  const review = toReviewTrace(info, spans);
  it("shows the root's chat request, ending with the user's question, and the answer", () => {
    expect(review.request[0].role).toBe("system");
    const lastUser = review.request.at(-1)!;
    expect(lastUser.role).toBe("user");
    // The server's request preview is the last user message; the response preview the answer.
    expect(lastUser.content).toBe(info.requestPreview);
    expect(review.response).toEqual([{ role: "assistant", content: info.responsePreview, toolCalls: [], truncated: false }]);
  });
  it("lists the model and tool spans, not the root, in start order", () => {
    expect(review.spanCount).toBe(spans.length);
    expect(review.keySpans.length).toBeGreaterThan(0);
    expect(review.keySpans.every((span) => ["LLM", "CHAT_MODEL", "TOOL", "RETRIEVER"].includes(span.type) || span.status === "ERROR")).toBe(true);
    const root = spans.find((span) => span.parentSpanId === null)!;
    expect(review.keySpans.map((span) => span.spanId)).not.toContain(root.spanId);
    const starts = review.keySpans.map((key) => spans.find((span) => span.spanId === key.spanId)!.startTimeMs!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const key of review.keySpans) expect(key.inputPreview.length).toBeLessThanOrEqual(301);
  });
});

describe("requestMessages / responseMessages", () => {
  it("reads common shapes", () => {
    expect(requestMessages("hi")).toEqual([{ role: "user", content: "hi", toolCalls: [], truncated: false }]);
    expect(requestMessages({ question: "why?" })[0].content).toBe("why?");
    expect(requestMessages({ question: "why?", k: 3 })[0].content).toBe('{"question":"why?","k":3}');
    expect(requestMessages([{ role: "user", content: [{ type: "text", text: "a" }, { type: "text", text: "b" }] }])[0].content).toBe("a\nb");
    expect(requestMessages(null)).toEqual([]);
    expect(responseMessages({ answer: "42" })[0]).toMatchObject({ role: "assistant", content: "42" });
    expect(responseMessages({ choices: [{ message: { role: "assistant", content: null, tool_calls: [{ function: { name: "search" } }] } }] })[0]).toMatchObject({ content: "", toolCalls: ["search"] });
    expect(responseMessages({ messages: [{ role: "user", content: "q" }, { role: "assistant", content: "a" }] })[0].content).toBe("a");
    expect(responseMessages(7)[0].content).toBe("7");
  });
  it("cuts huge content", () => {
    const [huge] = requestMessages("x".repeat(MAX_MESSAGE_CHARS + 10));
    expect(huge.truncated).toBe(true);
    expect(huge.content.length).toBe(MAX_MESSAGE_CHARS + 1);
  });
});

describe("keySpans", () => {
  it("caps the list, keeping errors, and says how many were left out", () => {
    const many = Array.from({ length: MAX_KEY_SPANS + 5 }, (_, i) => ({ ...spans[1], spanId: i.toString(16).padStart(16, "0"), parentSpanId: "f".repeat(16), type: "TOOL", startTimeMs: i, status: i === MAX_KEY_SPANS + 4 ? ("ERROR" as const) : ("OK" as const) }));
    const result = keySpans(many);
    expect(result.keySpans).toHaveLength(MAX_KEY_SPANS);
    expect(result.omitted).toBe(5);
    expect(result.keySpans.some((span) => span.status === "ERROR")).toBe(true);
  });
});
