import { expect, test } from "@playwright/test";
import { assessmentsBy, removeTestAssessments, testIdentity, writableTraceIds } from "./support/assessments";
import { seed } from "./support/seed";

// State-changing routes accept only the dashboard's own pages: same origin, and the
// X-Dashboard-Request header that lib/queries/fetcher.ts adds. The bearer-token API is the exception.

test.afterAll(async () => {
  await removeTestAssessments(writableTraceIds());
});

test("a POST from another origin, or without the dashboard's header, is refused and changes nothing", async ({ request }) => {
  const traceId = writableTraceIds()[0];
  const me = testIdentity("mallory");
  const cookie = { Cookie: `annotator=${me}` };

  const crossOrigin = await request.put(`/api/traces/${traceId}/vote`, { headers: { ...cookie, "X-Dashboard-Request": "1", Origin: "https://evil.example" }, data: { value: false } });
  expect(crossOrigin.status()).toBe(403);
  expect((await crossOrigin.json()).error).toMatchObject({ code: "CROSS_SITE_REQUEST", message: "Cross-site request refused: it comes from https://evil.example, not from this dashboard." });

  const crossSite = await request.post(`/api/traces/${traceId}/assessments`, { headers: { ...cookie, "X-Dashboard-Request": "1", "Sec-Fetch-Site": "cross-site" }, data: { name: "quality", kind: "feedback", value: 1 } });
  expect(crossSite.status()).toBe(403);

  const noHeader = await request.post("/api/annotator", { data: { name: "mallory" } });
  expect(noHeader.status()).toBe(403);
  expect((await noHeader.json()).error.message).toBe("Request refused: changes are accepted only from the dashboard's own pages (header X-Dashboard-Request: 1 missing).");
  expect(noHeader.headers()["set-cookie"]).toBeUndefined();

  expect(await assessmentsBy(traceId, me)).toEqual([]);

  // The same request from the dashboard's own origin goes through.
  const own = await request.put(`/api/traces/${traceId}/vote`, { headers: { ...cookie, "X-Dashboard-Request": "1" }, data: { value: false } });
  expect(own.status()).toBe(200);
  expect((await assessmentsBy(traceId, me)).map((a) => a.feedback?.value)).toEqual([false]);
});

test("a form on another site cannot set the annotator", async ({ page, baseURL }) => {
  // A page of no origin (about:blank) posts a form to the dashboard, as a hostile site would.
  await page.setContent(`<form method="post" action="${baseURL}/api/annotator" enctype="text/plain"><input name='{"name":"mallory","x":"' value='"}'><button>go</button></form>`);
  await page.getByRole("button", { name: "go" }).click();
  await expect(page.locator("body")).toContainText("CROSS_SITE_REQUEST");
  const cookies = await page.context().cookies(baseURL);
  expect(cookies.find((c) => c.name === "annotator")).toBeUndefined();
});

test("a POST that only reads (trace metrics) needs no header", async ({ request }) => {
  const reply = await request.post(`/api/experiments/${seed().experiment_id}/metrics`, {
    headers: { Origin: "https://elsewhere.example" },
    data: { viewType: "TRACES", metricName: "trace_count", aggregations: [{ type: "COUNT" }] },
  });
  expect(reply.status()).toBe(200);
  const [point] = (await reply.json()).dataPoints;
  expect(Object.values(point.values)).toEqual([seed().counts.traces]);
});
