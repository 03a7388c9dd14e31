import { expect, test, type Page } from "@playwright/test";
import { annotateAs, assessmentsBy, expectationValue, assessmentsOf, removeTestAssessments, reviewUrl, testIdentity, writableTraceIds } from "./support/assessments";
import { seed } from "./support/seed";

// Thumbs, comments and the other human assessments, clicked in the browser and read back straight
// from the tracking server. Every write goes to the traces the generator reserves for writing, and
// is removed afterwards (the override test restores the judge it overrode).

test.afterAll(async () => {
  await removeTestAssessments(writableTraceIds());
});

const vote = (page: Page) => page.getByTestId("review-vote");

async function tracesMatching(page: Page, filter: string): Promise<string[]> {
  const response = await page.request.get(`/api/experiments/${seed().experiment_id}/traces?pageSize=500&filter=${encodeURIComponent(filter)}`);
  expect(response.status()).toBe(200);
  return (await response.json()).traces.map((trace: { traceId: string }) => trace.traceId);
}

test("a thumbs down with a comment on a trace and a thumbs up on a span reach MLflow as HUMAN feedback", async ({ page }) => {
  const traceId = writableTraceIds()[0];
  const me = testIdentity("alice");
  expect(await tracesMatching(page, "feedback.user_feedback = 'false'")).not.toContain(traceId);

  await page.goto(reviewUrl([traceId]));
  await page.getByRole("textbox", { name: /^Comment/ }).fill("The answer ignores the refund policy.");
  // No name yet: the click asks for one, then goes through.
  await page.getByRole("button", { name: "Thumbs down and next" }).click();
  const dialog = page.getByRole("dialog", { name: "Who is annotating?" });
  await dialog.getByLabel("Your name or e-mail").fill(me);
  await dialog.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByTestId("annotator-badge")).toHaveAttribute("data-annotator", me);
  await expect(vote(page)).toHaveAttribute("data-vote", "down");

  const firstSpan = page.getByTestId("key-span").first();
  const spanId = (await firstSpan.getAttribute("data-span-id"))!;
  await firstSpan.getByRole("button", { name: /^Thumbs up for the span/ }).click();
  await expect(firstSpan.getByRole("button", { name: /^Thumbs up for the span/ })).toHaveAttribute("aria-pressed", "true");

  await expect.poll(async () => (await assessmentsBy(traceId, me)).length).toBe(2);
  const mine = await assessmentsBy(traceId, me);
  expect(mine.find((a) => !a.span_id)).toMatchObject({
    assessment_name: "user_feedback",
    source: { source_type: "HUMAN", source_id: me },
    feedback: { value: false },
    rationale: "The answer ignores the refund policy.",
  });
  expect(mine.find((a) => a.span_id)).toMatchObject({ assessment_name: "user_feedback", span_id: spanId, feedback: { value: true }, source: { source_type: "HUMAN", source_id: me } });
  const spans = (await (await page.request.get(`/api/traces/${traceId}/spans`)).json()).spans.map((span: { spanId: string }) => span.spanId);
  expect(spans).toContain(spanId);

  // The list's filter finds the trace by the vote.
  expect(await tracesMatching(page, "feedback.user_feedback = 'false'")).toContain(traceId);
});

test("changing a vote updates the one assessment; deleting it removes it", async ({ page, context, baseURL }) => {
  const traceId = writableTraceIds()[1];
  const me = testIdentity("bob");
  await annotateAs(context, baseURL!, me);
  await page.goto(reviewUrl([traceId]));
  await expect(page.getByTestId("annotator-badge")).toHaveAttribute("data-annotator", me);
  await expect(page.getByTestId("review")).toHaveAttribute("data-trace-id", traceId);

  await page.keyboard.press("u");
  await expect.poll(async () => (await assessmentsBy(traceId, me)).map((a) => a.feedback?.value)).toEqual([true]);
  const [first] = await assessmentsBy(traceId, me);

  await page.keyboard.press("d");
  await expect(vote(page)).toHaveAttribute("data-vote", "down");
  await expect.poll(async () => (await assessmentsBy(traceId, me)).map((a) => [a.assessment_id, a.feedback?.value])).toEqual([[first.assessment_id, false]]);

  const item = page.getByTestId("assessments-panel").locator(`[data-assessment-id="${first.assessment_id}"]`);
  await item.getByRole("button", { name: "Delete" }).click();
  await item.getByRole("button", { name: "Yes, delete" }).click();
  await expect(vote(page)).toHaveAttribute("data-vote", "none");
  await expect.poll(async () => (await assessmentsBy(traceId, me)).length).toBe(0);
});

test("scores on a range, labels and expectations: add, refuse bad input, edit, delete", async ({ page, context, baseURL }) => {
  const traceId = writableTraceIds()[2];
  const me = testIdentity("carol");
  await annotateAs(context, baseURL!, me);
  await page.goto(reviewUrl([traceId]));
  const panel = page.getByTestId("assessments-panel");

  await panel.getByRole("button", { name: "Add assessment" }).click();
  const form = panel.getByRole("form", { name: "New assessment" });
  await form.getByLabel("Kind").selectOption("score");
  await form.getByLabel("Name", { exact: true }).fill("helpfulness");
  await form.getByLabel("Range from").fill("1");
  await form.getByLabel("to", { exact: true }).fill("5");
  await form.getByLabel("Score", { exact: true }).fill("9");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("alert")).toHaveText("the score must lie between 1 and 5");
  await form.getByLabel("Score", { exact: true }).fill("4");
  await form.getByLabel("Rationale (optional)").fill("Clear, but misses one step.");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(panel.locator('[data-testid="assessment-group"][data-name="helpfulness"]')).toContainText("4 on 1–5");

  await expect.poll(async () => (await assessmentsBy(traceId, me)).length).toBe(1);
  const [score] = await assessmentsBy(traceId, me);
  expect(score).toMatchObject({ assessment_name: "helpfulness", feedback: { value: 4 }, rationale: "Clear, but misses one step.", metadata: { score_min: "1", score_max: "5" } });

  const item = panel.locator(`[data-assessment-id="${score.assessment_id}"]`);
  await item.getByRole("button", { name: "Edit" }).click();
  const edit = panel.getByRole("form", { name: "Edit your helpfulness" });
  await edit.getByLabel("Score", { exact: true }).fill("2");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect.poll(async () => (await assessmentsBy(traceId, me)).map((a) => [a.assessment_id, a.feedback?.value])).toEqual([[score.assessment_id, 2]]);

  await panel.getByRole("button", { name: "Add assessment" }).click();
  const facts = panel.getByRole("form", { name: "New assessment" });
  await facts.getByLabel("Kind").selectOption("expected_facts");
  await expect(facts.getByLabel("Name", { exact: true })).toHaveValue("expected_facts");
  await facts.getByLabel("Expected facts (one per line)").fill("Refunds take 5 days\nA label is emailed");
  await facts.getByRole("button", { name: "Save" }).click();
  await expect.poll(async () => expectationValue((await assessmentsBy(traceId, me)).find((a) => a.assessment_name === "expected_facts"))).toEqual(["Refunds take 5 days", "A label is emailed"]);

  await item.getByRole("button", { name: "Delete" }).click();
  await item.getByRole("button", { name: "Yes, delete" }).click();
  await expect.poll(async () => (await assessmentsBy(traceId, me)).map((a) => a.assessment_name)).toEqual(["expected_facts"]);
});

test("overriding a judge's verdict marks it invalid and shows the chain; deleting the override restores it", async ({ page, context, baseURL }) => {
  const manifest = seed();
  const judged = manifest.traces.find((trace) => trace.trace_id !== manifest.special.overridden_feedback?.trace_id && trace.feedback.some((f) => f.name === "correctness" && f.source_type === "LLM_JUDGE"))!;
  const verdict = judged.feedback.find((f) => f.name === "correctness")!.value as string;
  const corrected = verdict === "yes" ? "no" : "yes";
  const me = testIdentity("dana");
  const judge = (await assessmentsOf(judged.trace_id)).find((a) => a.assessment_name === "correctness" && a.source.source_type === "LLM_JUDGE")!;
  await annotateAs(context, baseURL!, me);
  await page.goto(reviewUrl([judged.trace_id]));

  const panel = page.getByTestId("assessments-panel");
  await panel.locator(`[data-assessment-id="${judge.assessment_id}"]`).getByRole("button", { name: "Override" }).click();
  const form = panel.getByRole("form", { name: /^Override judge-gpt's correctness/ });
  await expect(form.getByLabel("Label", { exact: true })).toHaveValue(verdict);
  await form.getByLabel("Label", { exact: true }).fill(corrected);
  await form.getByLabel("Rationale (optional)").fill("The sources say otherwise.");
  await form.getByRole("button", { name: "Override" }).click();

  await expect.poll(async () => (await assessmentsOf(judged.trace_id)).find((a) => a.assessment_id === judge.assessment_id)?.valid).toBe(false);
  const [override] = await assessmentsBy(judged.trace_id, me);
  expect(override).toMatchObject({ assessment_name: "correctness", overrides: judge.assessment_id, feedback: { value: corrected }, source: { source_type: "HUMAN", source_id: me } });

  const thread = panel.locator(`[data-assessment-id="${override.assessment_id}"]`);
  await thread.getByText("Supersedes 1 earlier verdict").click();
  await expect(thread.getByTestId("superseded-assessment")).toHaveAttribute("data-assessment-id", judge.assessment_id);
  await expect(thread.getByTestId("superseded-assessment")).toContainText("superseded");

  await thread.getByRole("button", { name: "Delete", exact: true }).click();
  await thread.getByRole("button", { name: "Yes, delete" }).click();
  await expect.poll(async () => (await assessmentsOf(judged.trace_id)).find((a) => a.assessment_id === judge.assessment_id)?.valid).not.toBe(false);
  expect(await assessmentsBy(judged.trace_id, me)).toEqual([]);
});

test("a double click, or two requests at once, leave one assessment", async ({ page, context, baseURL, request }) => {
  const traceId = writableTraceIds()[3];
  const me = testIdentity("erin");
  await annotateAs(context, baseURL!, me);
  await page.goto(reviewUrl([traceId]));
  const span = page.getByTestId("key-span").first();
  const spanId = await span.getAttribute("data-span-id");
  await span.getByRole("button", { name: /^Thumbs up for the span/ }).dblclick();
  await page.getByRole("button", { name: "Thumbs up and next" }).dblclick();
  await expect(vote(page)).toHaveAttribute("data-vote", "up");
  await expect.poll(async () => (await assessmentsBy(traceId, me)).map((a) => [a.span_id ?? null, a.feedback?.value]).sort()).toEqual([[null, true], [spanId, true]].sort());

  // Two requests racing for one vote, straight to our API: the server serializes them.
  const other = testIdentity("frank");
  const headers = { "X-Dashboard-Request": "1", Cookie: `annotator=${other}` };
  const replies = await Promise.all([1, 2, 3].map(() => request.put(`/api/traces/${traceId}/vote`, { headers, data: { value: true } })));
  for (const reply of replies) expect(reply.status()).toBe(200);
  const stored = await assessmentsBy(traceId, other);
  expect(stored).toHaveLength(1);
  expect(stored[0].feedback?.value).toBe(true);
});

test("a vote the server refuses rolls back, says why, and goes through on retry", async ({ page, context, baseURL }) => {
  const traceId = writableTraceIds()[4];
  const me = testIdentity("gus");
  await annotateAs(context, baseURL!, me);
  await page.goto(reviewUrl([traceId]));
  await expect(page.getByTestId("annotator-badge")).toHaveAttribute("data-annotator", me);
  // The identity cookie is gone by the time of the click: the server refuses the vote.
  await context.clearCookies();
  const thumb = page.getByTestId("key-span").first().getByRole("button", { name: /^Thumbs down for the span/ });
  await thumb.click();
  await expect(page.getByTestId("key-span").first().getByRole("alert")).toContainText("Your vote was not saved: Tell the dashboard who you are");
  await expect(page.getByTestId("failed-votes")).toContainText(`A vote on trace ${traceId} was not saved`);
  await expect(thumb).toHaveAttribute("aria-pressed", "false");
  expect(await assessmentsBy(traceId, me)).toEqual([]);

  // Nothing is lost: the retry asks who is annotating, then sends the same vote.
  await page.getByTestId("failed-votes").getByRole("button", { name: "Retry" }).click();
  const dialog = page.getByRole("dialog", { name: "Who is annotating?" });
  await expect(dialog.getByLabel("Your name or e-mail")).toHaveValue(me);
  await dialog.getByRole("button", { name: "Save name" }).click();
  await expect(thumb).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("failed-votes")).toHaveCount(0);
  await expect.poll(async () => (await assessmentsBy(traceId, me)).map((a) => a.feedback?.value)).toEqual([false]);
});
