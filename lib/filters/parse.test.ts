import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filterClauses, hasErrors, parseFilter } from "./parse";
import { type ClauseSpec, formatClause, joinFilters, serializeFilter } from "./serialize";

interface Verdict {
  filter: string;
  status: number;
  message?: string;
}

const verdicts: { mlflowVersion: string; verdicts: Verdict[] } = JSON.parse(readFileSync(path.join(__dirname, "../mlflow/fixtures/filter-verdicts.json"), "utf8"));
const corpus: string[] = JSON.parse(readFileSync(path.join(__dirname, "filter-corpus.json"), "utf8"));

describe("agreement with the real server", () => {
  it("covers the whole corpus, recorded from the pinned MLflow", () => {
    expect(verdicts.mlflowVersion).toBe("3.18.0");
    expect(verdicts.verdicts.map((verdict) => verdict.filter)).toEqual(corpus);
  });

  it.each(verdicts.verdicts.map((verdict) => [verdict.filter, verdict] as const))("%s", (_filter, verdict) => {
    const parsed = parseFilter(verdict.filter);
    const errors = parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    if (verdict.status === 200) expect(errors, `the server accepts it: ${verdict.filter}`).toEqual([]);
    else expect(errors.length, `the server rejects it with: ${verdict.message}`).toBeGreaterThan(0);
  });
});

describe("clauses", () => {
  it("reads keys, comparators and values the way MLflow does", () => {
    const text = "trace.status = 'ERROR' AND tags.`mlflow.traceName` != \"x\" AND metadata.`mlflow.trace.user` IS NOT NULL AND timestamp >= 17 AND span.type in ('LLM', \"TOOL\")";
    expect(filterClauses(text).map(({ prefix, prefixText, key, comparator, value }) => ({ prefix, prefixText, key, comparator, value }))).toEqual([
      { prefix: "attribute", prefixText: "trace", key: "status", comparator: "=", value: "ERROR" },
      { prefix: "tag", prefixText: "tags", key: "mlflow.traceName", comparator: "!=", value: "x" },
      { prefix: "metadata", prefixText: "metadata", key: "mlflow.trace.user", comparator: "IS NOT NULL", value: null },
      { prefix: "attribute", prefixText: null, key: "timestamp", comparator: ">=", value: 17 },
      { prefix: "span", prefixText: "span", key: "type", comparator: "IN", value: ["LLM", "TOOL"] },
    ]);
  });

  it("keeps each clause's exact text through its position", () => {
    const text = "  trace.status   =   'OK'  and   feedback.`user_feedback` = 'false'   ";
    expect(filterClauses(text).map((clause) => text.slice(clause.start, clause.end))).toEqual(["trace.status   =   'OK'", "feedback.`user_feedback` = 'false'"]);
  });

  it("does not unescape quotes, like MLflow", () => {
    expect(filterClauses("trace.status = 'it''s'")[0].value).toBe("it''s");
    expect(filterClauses(`tags.a = "it's"`)[0].value).toBe("it's");
  });

  it("reads numbers as MLflow's sqlparse does", () => {
    expect(filterClauses("trace.timestamp_ms > -5 AND trace.execution_time_ms < 1e3 AND feedback.relevance >= 0.5").map((clause) => clause.value)).toEqual([-5, 1000, 0.5]);
  });
});

describe("diagnostics before sending", () => {
  const only = (text: string) => parseFilter(text).diagnostics;

  it("rejects OR and says what to write instead", () => {
    const [diagnostic] = only("trace.status = 'OK' OR trace.status = 'ERROR'");
    expect(diagnostic).toMatchObject({ severity: "error", start: 20, end: 22 });
    expect(diagnostic.message).toContain("OR");
    expect(diagnostic.hint).toContain("trace.status IN ('OK', 'ERROR')");
  });

  it("reports an unclosed quote", () => {
    const [diagnostic] = only("tags.environment = 'prod");
    expect(diagnostic).toMatchObject({ severity: "error", start: 19, end: 24 });
    expect(diagnostic.message).toMatch(/Unclosed quote/);
    expect(diagnostic.hint).toBe("Add the closing ' after the value.");
  });

  it("names the attribute to use for a wrong one", () => {
    expect(only("trace.user = 'alice'")[0].hint).toContain("metadata.`mlflow.trace.user`");
    expect(only("trace.STATUS = 'OK'")[0].hint).toContain("trace.status (keys are case-sensitive)");
    expect(only("trace.statsu = 'OK'")[0].hint).toContain("Did you mean trace.status?");
    expect(only("TRACE.status = 'OK'")[0].hint).toBe("Prefixes are case-sensitive: write trace.");
  });

  it("lists the comparators a key accepts", () => {
    expect(only("trace.status == 'OK'")[0].hint).toBe("Write =.");
    expect(only("tags.environment IN ('prod')")[0].hint).toBe("Use one of: =, !=, LIKE, ILIKE, RLIKE, IS NULL, IS NOT NULL.");
    expect(only("trace.text = 'refund'")[0].hint).toBe("Use one of: LIKE, ILIKE.");
  });

  it("asks for quotes around text values and for numbers where MLflow compares numbers", () => {
    expect(only("trace.status = ERROR")[0]).toMatchObject({ severity: "error", hint: "Write 'ERROR'." });
    expect(only("feedback.user_feedback = true")[0].hint).toBe("Write 'true'.");
    expect(only("feedback.relevance > '0.5'")[0].hint).toBe("Write 0.5 without quotes.");
    expect(only("tags.a-b = 'x'")[0].hint).toBe("Write tags.`a-b`.");
  });

  it("warns about what MLflow accepts but rarely means", () => {
    expect(only("trace.text ILIKE 'refund'")).toMatchObject([{ severity: "warning", hint: "Write '%refund%' to find it anywhere." }]);
    expect(only("tags.name = 'x'")[0]).toMatchObject({ severity: "warning" });
    expect(only("tags.name = 'x'")[0].message).toContain("as trace.name");
    expect(only("trace.status = 'OK' trace.name = 'x'")[0]).toMatchObject({ severity: "warning", hint: "Write AND between the clauses." });
    expect(hasErrors(parseFilter("trace.timestamp_ms > '5'"))).toBe(false);
  });

  it("accepts the empty filter", () => {
    expect(parseFilter("   ")).toEqual({ clauses: [], diagnostics: [] });
  });
});

describe("serializing", () => {
  it("writes the canonical form and parses back to the same clauses", () => {
    const clauses: ClauseSpec[] = [
      { prefix: "attribute", key: "status", comparator: "IN", value: ["OK", "ERROR"] },
      { prefix: "tag", key: "mlflow.traceName", comparator: "=", value: "it's" },
      { prefix: "metadata", key: "mlflow.trace.session", comparator: "IS NULL", value: null },
      { prefix: "span", key: "attributes.mlflow.llm.model", comparator: "LIKE", value: "%gpt%" },
      { prefix: "feedback", key: "relevance", comparator: ">", value: 0.5 },
    ];
    const text = serializeFilter(clauses);
    expect(text).toBe(
      "trace.status IN ('OK', 'ERROR') AND tags.`mlflow.traceName` = \"it's\" AND metadata.`mlflow.trace.session` IS NULL AND span.attributes.`mlflow.llm.model` LIKE '%gpt%' AND feedback.relevance > 0.5",
    );
    const parsed = parseFilter(text);
    expect(parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(parsed.clauses.map(({ prefix, key, comparator, value }) => ({ prefix, key: key.replace(/`/g, ""), comparator, value }))).toEqual(clauses);
  });

  it("refuses what cannot be written rather than mangling it", () => {
    expect(() => formatClause({ prefix: "tag", key: "a`b", comparator: "=", value: "x" })).toThrow(/backtick/);
    expect(() => formatClause({ prefix: "tag", key: "a", comparator: "=", value: `'"` })).toThrow(/both/);
  });

  it("joins filters with AND without touching them", () => {
    expect(joinFilters("trace.status = 'OK' AND ", "", null, "trace.timestamp_ms <= 5")).toBe("trace.status = 'OK' AND trace.timestamp_ms <= 5");
    expect(joinFilters("", undefined)).toBe("");
  });
});
