import { expect, test } from "@playwright/test";
import { annotateAs, assessmentsBy, removeTestAssessments, testIdentity, writableTraceIds } from "./support/assessments";
import { listPath } from "./support/trace-list";
import { tracePage } from "./support/trace-view";

// The feedback components where readers meet traces: a thumbs column in the trace list, thumbs in
// the trace page's header, and the span inspector's feedback tab.

test.afterAll(async () => {
  await removeTestAssessments(writableTraceIds());
});

test("thumbs in a trace list row vote without opening the trace; the list links to reviewing its traces", async ({ page, context, baseURL }) => {
  const traceId = writableTraceIds()[0];
  const me = testIdentity("lister");
  await annotateAs(context, baseURL!, me);
  const filter = `trace.request_id = '${traceId}'`;
  await page.goto(listPath({ filter }));
  const row = page.locator(`[data-testid="trace-row"][data-trace-id="${traceId}"]`);
  await expect(page.getByRole("columnheader", { name: "Your vote" })).toBeVisible();
  await row.getByRole("button", { name: "Thumbs down for the trace" }).click();
  await expect(row.getByRole("button", { name: "Thumbs down for the trace" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await assessmentsBy(traceId, me)).map((a) => [a.assessment_name, a.feedback?.value, a.span_id ?? null])).toEqual([["user_feedback", false, null]]);
  await expect(page).toHaveURL(/\/traces\?/);

  await page.getByRole("link", { name: "Review these" }).click();
  await expect(page).toHaveURL(/\/review\?filter=/);
  await expect(page.getByTestId("review-progress")).toContainText("1 of 1 reviewed by you");
  await expect(page.getByTestId("review-vote")).toHaveAttribute("data-vote", "down");
});

test("the trace page: thumbs with a comment in the header, a span's thumbs and assessments in the inspector", async ({ page, context, baseURL, request }) => {
  const traceId = writableTraceIds()[1];
  const me = testIdentity("viewer");
  await annotateAs(context, baseURL!, me);
  const { spans } = await (await request.get(`/api/traces/${traceId}/spans`)).json();
  const span = spans.find((s: { parentSpanId: string | null }) => s.parentSpanId !== null) as { spanId: string; name: string };

  await page.goto(tracePage(traceId));
  const header = page.getByTestId("trace-header");
  await header.getByRole("button", { name: "Thumbs up for the trace" }).click();
  await header.getByRole("button", { name: "Comment on your vote for the trace" }).click();
  const dialog = page.getByRole("dialog", { name: "Your feedback on the trace" });
  await dialog.getByLabel("Comment").fill("Helpful and correct.");
  await dialog.getByRole("button", { name: "Save feedback" }).click();
  await expect(header.locator('[data-assessment="user_feedback"]')).toContainText("true");
  await expect.poll(async () => (await assessmentsBy(traceId, me)).map((a) => [a.feedback?.value, a.rationale])).toEqual([[true, "Helpful and correct."]]);

  await page.goto(tracePage(traceId, `span=${span.spanId}&tab=feedback`));
  const feedback = page.getByTestId("span-feedback");
  await feedback.getByRole("button", { name: `Thumbs down for the span ${span.name}` }).click();
  await feedback.getByRole("button", { name: "Add assessment" }).click();
  const form = feedback.getByRole("form", { name: "New assessment on this span" });
  await form.getByLabel("Kind").selectOption("label");
  await form.getByLabel("Name", { exact: true }).fill("tone");
  await form.getByLabel("Label", { exact: true }).fill("polite");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(feedback.locator('[data-testid="assessment-group"][data-name="tone"]')).toContainText("polite");

  await expect
    .poll(async () => (await assessmentsBy(traceId, me)).filter((a) => a.span_id).map((a) => [a.assessment_name, a.span_id, a.feedback?.value]).sort())
    .toEqual([["tone", span.spanId, "polite"], ["user_feedback", span.spanId, false]].sort());
});
