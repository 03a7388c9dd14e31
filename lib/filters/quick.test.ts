import { describe, expect, it } from "vitest";
import { appendClause, removeClause } from "./edit";
import { parseFilter } from "./parse";
import { quickFilterState, setQuickFilter } from "./quick";

describe("editing clause by clause", () => {
  it("appends with AND and removes a clause with its AND, leaving the rest as typed", () => {
    expect(appendClause("", "trace.status = 'ERROR'")).toBe("trace.status = 'ERROR'");
    expect(appendClause("tags.x   =  'a' AND ", "trace.status = 'ERROR'")).toBe("tags.x   =  'a' AND trace.status = 'ERROR'");
    const text = "tags.x   =  'a' and trace.status = 'ERROR' AND span.type='LLM'";
    const [first, second, third] = parseFilter(text).clauses;
    expect(removeClause(text, second)).toBe("tags.x   =  'a' and span.type='LLM'");
    expect(removeClause(text, first)).toBe("trace.status = 'ERROR' AND span.type='LLM'");
    expect(removeClause(text, third)).toBe("tags.x   =  'a' and trace.status = 'ERROR'");
  });
});

describe("quick filters", () => {
  it("reads their state from any filter string", () => {
    const state = quickFilterState(
      "trace.status = 'ERROR' AND feedback.user_feedback = 'false' AND trace.execution_time_ms > 5000 AND metadata.`mlflow.trace.user` = 'alice' AND metadata.`mlflow.trace.session` = \"s-1\" AND tags.environment = 'prod' AND trace.text ILIKE '%refund%'",
    );
    expect(state).toEqual({
      errors: true,
      negativeFeedback: "user_feedback",
      slowerThanMs: 5000,
      user: "alice",
      session: "s-1",
      tag: { key: "environment", value: "prod" },
      text: "refund",
    });
    expect(quickFilterState("trace.status != 'ERROR' AND trace.text LIKE '%x%'")).toMatchObject({ errors: false, text: null });
  });

  it("adds, replaces and removes only their own clause", () => {
    let filter = "span.type = 'TOOL'";
    filter = setQuickFilter(filter, "errors", "on");
    expect(filter).toBe("span.type = 'TOOL' AND trace.status = 'ERROR'");
    filter = setQuickFilter(filter, "slowerThan", 2000);
    filter = setQuickFilter(filter, "slowerThan", 3500);
    expect(filter).toBe("span.type = 'TOOL' AND trace.status = 'ERROR' AND trace.execution_time_ms > 3500");
    filter = setQuickFilter(filter, "text", "it's");
    expect(filter).toContain(`trace.text ILIKE "%it's%"`);
    expect(quickFilterState(filter).text).toBe("it's");
    filter = setQuickFilter(filter, "errors", null);
    filter = setQuickFilter(filter, "text", "");
    expect(filter).toBe("span.type = 'TOOL' AND trace.execution_time_ms > 3500");
  });

  it("keeps one clause per quick filter, replacing duplicates", () => {
    const filter = setQuickFilter("metadata.`mlflow.trace.user` = 'a' AND span.type = 'LLM' AND metadata.`mlflow.trace.user` = 'b'", "user", "carol");
    expect(filter).toBe("metadata.`mlflow.trace.user` = 'carol' AND span.type = 'LLM'");
  });

  it("sets a tag filter per key", () => {
    let filter = setQuickFilter("", "tag", "prod", "environment");
    filter = setQuickFilter(filter, "tag", "1.4.1", "app_version");
    expect(filter).toBe("tags.environment = 'prod' AND tags.app_version = '1.4.1'");
    expect(setQuickFilter(filter, "tag", null, "environment")).toBe("tags.app_version = '1.4.1'");
  });
});
