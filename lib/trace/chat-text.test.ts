import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { toSpan } from "@/lib/mlflow/to-span";
import type { MlflowTrace } from "@/lib/mlflow/wire";
import { assistantMessageOf, contentText, userMessageOf } from "./chat-text";

describe("chat texts of a recorded trace's root span", () => {
  const { trace } = fixture<{ trace: MlflowTrace }>("trace-get");
  const root = (trace.spans ?? []).map(toSpan).find((span) => span.parentSpanId === null)!;

  it("reads the last user message and the first choice, which MLflow's previews repeat", () => {
    const user = userMessageOf(root.inputs);
    expect(user).toMatch(/\[ROW-\d{6}\]$/);
    expect(user).toBe(trace.trace_info?.request_preview);
    expect(assistantMessageOf(root.outputs)).toBe(trace.trace_info?.response_preview);
  });
});

describe("chat message shapes", () => {
  it("joins text parts and skips others", () => {
    expect(contentText([{ type: "text", text: "a" }, { type: "image_url", image_url: {} }, "b"])).toBe("a\nb");
    expect(contentText(42)).toBeNull();
  });

  it("takes the last user message, also from the Responses API's input", () => {
    const messages = [
      { role: "user", content: "first" },
      { role: "assistant", content: "reply" },
      { role: "user", content: "second" },
    ];
    expect(userMessageOf({ messages })).toBe("second");
    expect(userMessageOf({ input: messages })).toBe("second");
    expect(userMessageOf({ query: "not chat" })).toBeNull();
  });

  it("reads a chat completion, a plain string, or the last assistant message", () => {
    expect(assistantMessageOf({ choices: [{ message: { role: "assistant", content: "hi" } }] })).toBe("hi");
    expect(assistantMessageOf({ choices: [{ message: { role: "assistant", content: null } }] })).toBeNull();
    expect(assistantMessageOf("plain")).toBe("plain");
    expect(assistantMessageOf({ messages: [{ role: "assistant", content: "x" }, { role: "user", content: "y" }] })).toBe("x");
  });
});
