import { describe, expect, it } from "vitest";
import { toMetricsFilter } from "./metrics";
import { filterClauses } from "./parse";

const translate = (text: string) => toMetricsFilter(filterClauses(text));

describe("pushing a search filter down to traces/metrics", () => {
  it("translates status, tags, metadata, the trace name and time bounds", () => {
    expect(
      translate(
        "trace.status = 'ERROR' AND tags.environment = 'prod' AND metadata.`mlflow.trace.user` = \"alice\" AND trace.name = 'support_agent' AND trace.timestamp_ms >= 100 AND timestamp < 200 AND trace.timestamp_ms > 120 AND trace.timestamp_ms <= 180",
      ),
    ).toEqual({
      ok: true,
      query: {
        filters: ['trace.status = "ERROR"', 'trace.tag.`environment` = "prod"', 'trace.metadata.`mlflow.trace.user` = "alice"', 'trace.tag.`mlflow.traceName` = "support_agent"'],
        startTimeMs: 121,
        endTimeMs: 180,
      },
    });
  });

  it("treats a one-value IN as =", () => {
    expect(translate("trace.status IN ('OK')")).toEqual({ ok: true, query: { filters: ['trace.status = "OK"'] } });
  });

  it("names the first clause it cannot express", () => {
    for (const text of ["trace.status != 'OK'", "trace.text ILIKE '%x%'", "feedback.user_feedback = 'false'", "span.type = 'LLM'", "trace.execution_time_ms > 5", "tags.x LIKE 'a%'", "trace.status IN ('OK', 'ERROR')"]) {
      const result = translate(`tags.environment = 'prod' AND ${text}`);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.clause.start).toBe("tags.environment = 'prod' AND ".length);
    }
  });

  it("keeps an empty filter empty", () => {
    expect(translate("")).toEqual({ ok: true, query: { filters: [] } });
  });
});
