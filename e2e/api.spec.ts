import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";

// The contract of our /api: the allow-list, input validation, and MLflow's errors passed through.

test("refuses operations outside the allow-list", async ({ request }) => {
  for (const [method, path] of [
    ["GET", "/api/mlflow/experiments/search"],
    ["POST", "/api/2.0/mlflow/experiments/delete"],
    ["GET", "/api/proxy?url=http://127.0.0.1:22/"],
    ["DELETE", "/api/experiments/1/traces"],
  ] as const) {
    const response = await request.fetch(path, { method });
    expect([404, 405], `${method} ${path}`).toContain(response.status());
    if (response.status() === 404) expect((await response.json()).error.code).toBe("NOT_AN_OPERATION");
  }
});

test("refuses credentials in the query string", async ({ request }) => {
  for (const query of ["token=abc", "MLFLOW_TRACKING_PASSWORD=x", "api_key=1", "access_token=2"]) {
    const response = await request.get(`/api/experiments?${query}`);
    expect(response.status(), query).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("CREDENTIALS_IN_URL");
    expect(body.error.message).not.toContain("abc");
  }
});

test("bad input gets 400 with a clear message", async ({ request }) => {
  const { special } = seed();
  const badId = await request.get("/api/traces/..%2F..%2Fetc/spans");
  expect(badId.status()).toBe(400);
  expect((await badId.json()).error.message).toContain("not a valid trace id");

  // State-changing requests carry the header the dashboard's own pages send (see feedback-security.spec.ts).
  const badJson = await request.post(`/api/traces/${special.writable_trace_ids[0]}/assessments`, {
    headers: { "content-type": "application/json", "X-Dashboard-Request": "1" },
    data: Buffer.from("{not json"),
  });
  expect(badJson.status()).toBe(400);
  expect((await badJson.json()).error.message).toBe("The request body is not valid JSON.");

  const wrongTypes = await request.post(`/api/traces/${special.writable_trace_ids[0]}/assessments`, {
    headers: { "X-Dashboard-Request": "1" },
    data: { name: "user_feedback", kind: "feedback", value: { nested: true } },
  });
  expect(wrongTypes.status()).toBe(400);
  expect((await wrongTypes.json()).error.message).toContain("value");

  const badPageSize = await request.get(`/api/experiments/${seed().experiment_id}/traces?pageSize=501`);
  expect(badPageSize.status()).toBe(400);
  expect((await badPageSize.json()).error.message).toContain("pageSize");
});

test("MLflow's own errors pass through with their status and message", async ({ request }) => {
  const orFilter = await request.get(`/api/experiments/${seed().experiment_id}/traces?filter=${encodeURIComponent("trace.status = 'OK' OR trace.status = 'ERROR'")}`);
  expect(orFilter.status()).toBe(400);
  const body = await orFilter.json();
  expect(body.error).toMatchObject({ code: "INVALID_PARAMETER_VALUE", fromMlflow: true });
  expect(body.error.message).toContain("Invalid clause(s) in filter string");

  const unknown = await request.get("/api/traces/tr-00000000000000000000000000000000");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("RESOURCE_DOES_NOT_EXIST");
});

test("the seeded experiment is read from the real server with exact figures", async ({ request }) => {
  const manifest = seed();
  const server = await (await request.get("/api/server")).json();
  expect(server).toMatchObject({ server: process.env.MLFLOW_TRACKING_URI, version: "3.18.0", problem: null });

  const traceIds = new Set<string>();
  let pageToken: string | null = null;
  do {
    const query: string = `pageSize=500${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ""}`;
    const page = await (await request.get(`/api/experiments/${manifest.experiment_id}/traces?${query}`)).json();
    for (const trace of page.traces) traceIds.add(trace.traceId);
    pageToken = page.nextPageToken;
  } while (pageToken);
  expect(traceIds.size).toBe(manifest.counts.traces);

  const errors = await (await request.get(`/api/experiments/${manifest.experiment_id}/traces?pageSize=500&filter=${encodeURIComponent("trace.status = 'ERROR'")}`)).json();
  expect(errors.traces).toHaveLength(manifest.counts.by_status.ERROR);
  expect(errors.traces.every((trace: { state: string }) => trace.state === "ERROR")).toBe(true);
});

test("a trace's spans come back mapped, with hex span ids and decoded attributes", async ({ request }) => {
  const manifest = seed();
  const expected = manifest.traces.find((trace) => trace.status === "OK" && (trace.span_types.LLM ?? 0) + (trace.span_types.CHAT_MODEL ?? 0) > 0)!;
  const response = await request.get(`/api/traces/${expected.trace_id}/spans`);
  expect(response.status()).toBe(200);
  const { info, spans } = await response.json();
  expect(info).toMatchObject({ traceId: expected.trace_id, user: expected.user, session: expected.session, clientRequestId: expected.client_request_id });
  expect(info.tokens.total).toBe(expected.total_tokens);
  expect(spans).toHaveLength(expected.span_count);
  for (const span of spans) expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
  expect(spans.filter((span: { parentSpanId: string | null }) => span.parentSpanId === null)).toHaveLength(1);
  const llmSpans = spans.filter((span: { type: string }) => span.type === "LLM" || span.type === "CHAT_MODEL");
  expect(llmSpans.length).toBeGreaterThan(0);
  expect(llmSpans.every((span: { model: string | null }) => expected.models.includes(span.model ?? ""))).toBe(true);
});
