import { expect, test } from "@playwright/test";
import { assessmentsBy, removeTestAssessments, writableTraceIds } from "./support/assessments";
import { seed } from "./support/seed";

// The feedback API for applications: an app records its end users' thumbs by the client request id
// of the original call, authenticated by the dashboard's FEEDBACK_API_TOKEN (set by playwright.config.ts).

const token = () => process.env.FEEDBACK_API_TOKEN as string;
const bearer = () => ({ Authorization: `Bearer ${token()}` });
const endUser = "e2e-end-user@example.com";

test.afterAll(async () => {
  await removeTestAssessments(writableTraceIds(), ["app-user"]);
});

test("records an end user's feedback by client request id, and a second call changes it", async ({ request }) => {
  const manifest = seed();
  const trace = manifest.traces.find((t) => t.trace_id === writableTraceIds()[0])!;
  const body = { experiment_id: manifest.experiment_id, client_request_id: trace.client_request_id, value: false, comment: "Did not answer my question", user: endUser };
  const reply = await request.post("/api/feedback", { headers: bearer(), data: body });
  expect(reply.status()).toBe(200);
  expect(await reply.json()).toMatchObject({ trace_id: trace.trace_id, source_id: endUser, value: false });

  const [stored] = await assessmentsBy(trace.trace_id, endUser);
  expect(stored).toMatchObject({ assessment_name: manifest.feedback_name, feedback: { value: false }, rationale: "Did not answer my question", source: { source_type: "HUMAN", source_id: endUser } });
  expect(stored.span_id).toBeUndefined();

  const again = await request.post("/api/feedback", { headers: bearer(), data: { ...body, value: true } });
  expect(again.status()).toBe(200);
  const after = await assessmentsBy(trace.trace_id, endUser);
  expect(after.map((a) => [a.assessment_id, a.feedback?.value])).toEqual([[stored.assessment_id, true]]);
});

test("by trace id, without a user, the author is app-user", async ({ request }) => {
  const traceId = writableTraceIds()[1];
  const reply = await request.post("/api/feedback", { headers: bearer(), data: { trace_id: traceId, value: true } });
  expect(reply.status()).toBe(200);
  expect((await reply.json()).source_id).toBe("app-user");
  expect((await assessmentsBy(traceId, "app-user")).map((a) => a.feedback?.value)).toEqual([true]);
});

test("refuses a missing or wrong token with 401, and says why", async ({ request }) => {
  const data = { trace_id: writableTraceIds()[2], value: true };
  const missing = await request.post("/api/feedback", { data });
  expect(missing.status()).toBe(401);
  expect((await missing.json()).error).toMatchObject({ code: "UNAUTHENTICATED", message: "Missing credentials: send the feedback API token as 'Authorization: Bearer <token>'." });

  const wrong = await request.post("/api/feedback", { headers: { Authorization: "Bearer not-the-token" }, data });
  expect(wrong.status()).toBe(401);
  const message = (await wrong.json()).error.message as string;
  expect(message).toBe("The bearer token is not the feedback API token this dashboard is configured with.");
  expect(message).not.toContain(token());
  expect(await assessmentsBy(writableTraceIds()[2], "app-user")).toEqual([]);
});

test("an unknown client request id is a 404 after waiting for a late export; bad bodies are 400", async ({ request }) => {
  const manifest = seed();
  const unknown = await request.post("/api/feedback", { headers: bearer(), data: { experiment_id: manifest.experiment_id, client_request_id: "req-does-not-exist", value: true } });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.message).toBe(`No trace with client_request_id 'req-does-not-exist' in experiment ${manifest.experiment_id} (after waiting up to 8 s for it to arrive).`);

  const noExperiment = await request.post("/api/feedback", { headers: bearer(), data: { client_request_id: "req-1", value: true } });
  expect(noExperiment.status()).toBe(400);
  expect((await noExperiment.json()).error.message).toContain("experiment_id is required with client_request_id");

  const notBoolean = await request.post("/api/feedback", { headers: bearer(), data: { trace_id: writableTraceIds()[2], value: "great" } });
  expect(notBoolean.status()).toBe(400);
  expect((await notBoolean.json()).error.message).toContain("value must be true (positive) or false (negative)");
});
