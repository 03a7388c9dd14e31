import { describe, expect, it } from "vitest";
import { completeFilter } from "./complete";
import { EMPTY_VOCABULARY, type FilterVocabulary } from "./fields";

const vocabulary: FilterVocabulary = {
  ...EMPTY_VOCABULARY,
  tagKeys: ["environment", "mlflow.traceName"],
  metadataKeys: ["mlflow.trace.user", "mlflow.source.name"],
  feedbackNames: ["user_feedback", "relevance"],
  users: ["alice", "bob"],
  sessions: ["sess-1"],
  traceNames: ["support_agent"],
  tagValues: { environment: ["prod", "dev"] },
  assessmentValues: { user_feedback: ["true", "false"], relevance: ["0.2", "0.9"] },
};

const at = (text: string) => completeFilter(text, text.length, vocabulary);
const labels = (text: string) => at(text).items.map((item) => item.label);

describe("autocomplete", () => {
  it("offers the prefixes and keys at the start of a clause", () => {
    expect(labels("")).toEqual(expect.arrayContaining(["trace.", "tags.", "metadata.", "span.", "feedback.", "expectation."]));
    expect(labels("trace.status = 'OK' AND ")).toContain("trace.execution_time_ms");
  });

  it("completes keys after a prefix, with backticks for dotted keys", () => {
    expect(labels("tags.")).toEqual(["tags.environment", "tags.`mlflow.traceName`"]);
    const completions = at("metadata.`mlflow.trace.u");
    expect(completions.items[0]).toEqual({ label: "metadata.`mlflow.trace.user`", insert: "metadata.`mlflow.trace.user` ", detail: "the user of the trace" });
    expect(completions.from).toBe(0);
    expect(labels("feedback.")).toEqual(["feedback.user_feedback", "feedback.relevance"]);
    expect(labels("trace.exec")).toEqual(["trace.execution_time_ms"]);
  });

  it("offers only the comparators valid for the key", () => {
    expect(labels("trace.text ")).toEqual(["LIKE", "ILIKE"]);
    expect(labels("trace.timestamp_ms ")).toEqual(["=", "!=", "<", "<=", ">", ">="]);
    expect(labels("tags.environment IS ")).toEqual(["IS NULL", "IS NOT NULL"]);
    const notIn = at("span.type NOT ");
    expect(notIn.items.map((item) => item.label)).toEqual(["NOT IN"]);
    expect(notIn.from).toBe("span.type ".length);
  });

  it("offers the values it knows", () => {
    expect(labels("trace.status = ")).toEqual(["'OK'", "'ERROR'", "'IN_PROGRESS'"]);
    expect(labels("metadata.`mlflow.trace.user` = 'b")).toEqual(["'bob'"]);
    expect(labels("tags.environment != ")).toEqual(["'prod'", "'dev'"]);
    expect(labels("span.type IN ")).toContain("('RETRIEVER')");
    expect(labels("feedback.relevance > ")).toEqual(["0.2", "0.9"]);
    expect(labels("feedback.user_feedback = ")).toEqual(["'true'", "'false'"]);
    expect(labels("trace.text ILIKE ")).toEqual(["'%…%'"]);
    expect(labels("trace.name = ")).toEqual(["'support_agent'"]);
  });

  it("suggests AND after a complete clause", () => {
    expect(labels("trace.status = 'OK' ")).toEqual(["AND"]);
    expect(labels("trace.execution_time_ms > 50")).toEqual([]);
  });
});
