import { describe, expect, it } from "vitest";
import type { BucketRow } from "@/lib/types/overview";
import { breakdownCsv, chartCsv, modelTokensCsv } from "./overview-csv";

const row: BucketRow = {
  startMs: Date.UTC(2026, 10, 15),
  endMs: Date.UTC(2026, 10, 16) - 1,
  traces: 20, ok: 18, errors: 1, inProgress: 1, errorRate: 0.05,
  p50Ms: 3928, p90Ms: 7552, p95Ms: 8796, p99Ms: 10855.8,
  inputTokens: 100, outputTokens: 40, totalTokens: 140,
  costByModel: { "gpt-4o": 0.5 },
  feedback: { user_feedback: 0.75 },
};

describe("chart data as CSV", () => {
  it("writes each bucket with its UTC period and exact figures", () => {
    expect(chartCsv("volume", [row])).toBe("bucket_start_utc,bucket_end_utc,traces,ok,error,in_progress\r\n2026-11-15T00:00:00.000Z,2026-11-15T23:59:59.999Z,20,18,1,1\r\n");
    expect(chartCsv("latency", [row]).split("\r\n")[1]).toBe("2026-11-15T00:00:00.000Z,2026-11-15T23:59:59.999Z,3928,7552,8796,10855.8");
  });
  it("has a column per model or feedback name, named with its unit", () => {
    expect(chartCsv("cost", [row], { models: ["gpt-4o", "other"] }).split("\r\n")[0]).toBe("bucket_start_utc,bucket_end_utc,cost_usd:gpt-4o,cost_usd:other");
    expect(chartCsv("cost", [row], { models: ["gpt-4o", "other"] }).split("\r\n")[1]).toMatch(/,0\.5,0$/);
    const feedback = chartCsv("feedback", [row], { feedback: [{ name: "user_feedback", kind: "pass_fail", source: "HUMAN", count: 4, overall: 0.75, searchValues: null }, { name: "relevance", kind: "score", source: "LLM_JUDGE", count: 4, overall: 0.6, searchValues: null }] });
    expect(feedback.split("\r\n").slice(0, 2)).toEqual(["bucket_start_utc,bucket_end_utc,positive_share:user_feedback,mean_score:relevance", "2026-11-15T00:00:00.000Z,2026-11-15T23:59:59.999Z,0.75,"]);
  });
  it("writes tokens by model and breakdowns, defusing untrusted values", () => {
    expect(modelTokensCsv([{ model: "gpt-4o", calls: 2, inputTokens: 3, outputTokens: 4, totalTokens: 7 }])).toBe("model,calls,input_tokens,output_tokens,total_tokens\r\ngpt-4o,2,3,4,7\r\n");
    const csv = breakdownCsv({
      dimension: "tag:environment", unit: "traces", note: null, tagKeys: [], metadataKeys: [], appliedClauses: [], unappliedClauses: [],
      rows: [{ value: "=cmd", count: 3, errors: 1, errorRate: 1 / 3, p50Ms: 5, p95Ms: 9, totalTokens: 10, costUsd: null, clause: "" }],
    });
    expect(csv.split("\r\n")[0]).toBe("tag:environment,traces,errors,error_rate,p50_ms,p95_ms,total_tokens,cost_usd");
    expect(csv.split("\r\n")[1].startsWith("'=cmd,3,1,")).toBe(true);
  });
});
