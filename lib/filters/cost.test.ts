import { describe, expect, it } from "vitest";
import { readsSpanContents } from "./cost";

describe("readsSpanContents", () => {
  it("is true for a full-text or span-content clause, alone or among others", () => {
    expect(readsSpanContents("trace.text ILIKE '%refund%'")).toBe(true);
    expect(readsSpanContents("attributes.text LIKE '%refund%'")).toBe(true);
    expect(readsSpanContents("trace.status = 'ERROR' AND span.content ILIKE '%timeout%'")).toBe(true);
  });

  it("is false for clauses MLflow answers from trace columns, tags or span columns", () => {
    expect(readsSpanContents("")).toBe(false);
    expect(readsSpanContents("trace.status = 'ERROR' AND trace.timestamp_ms > 5")).toBe(false);
    expect(readsSpanContents("span.type = 'LLM' AND tags.text = 'x'")).toBe(false);
    expect(readsSpanContents("metadata.`mlflow.trace.user` = 'text'")).toBe(false);
  });
});
