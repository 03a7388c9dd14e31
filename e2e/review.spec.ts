import { expect, test } from "@playwright/test";
import { annotateAs, assessmentsBy, removeTestAssessments, reviewUrl, testIdentity, writableTraceIds } from "./support/assessments";

// Review mode: the traces of a filter one by one, voted on with the keyboard alone; progress comes
// from the assessments on the server, so it survives a reload and shows others' reviews.

test.afterAll(async () => {
  await removeTestAssessments(writableTraceIds());
});

test("voting on 5 traces with the keyboard records 5 assessments, and the progress survives a reload", async ({ page, browser, baseURL }) => {
  const traceIds = writableTraceIds();
  expect(traceIds).toHaveLength(5);
  const me = testIdentity("reviewer");
  await page.goto(reviewUrl(traceIds));
  const progress = page.getByTestId("review-progress");
  await expect(progress).toContainText("0 of 5 reviewed by you");

  // The first key press asks for a name (typed and confirmed with Enter), then votes.
  const keys = ["u", "d", "u", "u", "d"];
  const voted: string[] = [];
  for (const [index, key] of keys.entries()) {
    const review = page.getByTestId("review");
    await expect(progress).toContainText(`trace ${index + 1} of 5`);
    voted.push((await review.getAttribute("data-trace-id"))!);
    await page.keyboard.press(key);
    if (index === 0) {
      await expect(page.getByRole("dialog", { name: "Who is annotating?" })).toBeVisible();
      await page.keyboard.type(me);
      await page.keyboard.press("Enter");
    }
    await expect(progress).toContainText(`${index + 1} of 5 reviewed by you`);
  }
  expect(new Set(voted)).toEqual(new Set(traceIds));

  for (const [index, traceId] of voted.entries()) {
    await expect.poll(async () => (await assessmentsBy(traceId, me)).map((a) => [a.assessment_name, a.feedback?.value, a.span_id ?? null])).toEqual([["user_feedback", keys[index] === "u", null]]);
  }

  await page.reload();
  await expect(progress).toContainText("5 of 5 reviewed by you");
  await expect(progress).toHaveAttribute("data-reviewed-by-you", "5");

  // Someone else sees the same traces as reviewed by others.
  const other = await browser.newContext({ baseURL });
  await annotateAs(other, baseURL!, testIdentity("second-reviewer"));
  const otherPage = await other.newPage();
  await otherPage.goto(reviewUrl(traceIds));
  await expect(otherPage.getByTestId("review-progress")).toContainText("0 of 5 reviewed by you · 5 by others");
  await other.close();
});

test("back, skip and a comment sent with the vote, all from the keyboard", async ({ page, context, baseURL }) => {
  const traceIds = writableTraceIds().slice(0, 3);
  const me = testIdentity("commenter");
  await annotateAs(context, baseURL!, me);
  await page.goto(reviewUrl(traceIds));
  const progress = page.getByTestId("review-progress");
  await expect(progress).toContainText("trace 1 of 3");
  const first = await page.getByTestId("review").getAttribute("data-trace-id");

  await page.keyboard.press("j");
  await expect(progress).toContainText("trace 2 of 3");
  await page.keyboard.press("k");
  await expect(progress).toContainText("trace 1 of 3");
  await expect(page.getByTestId("review")).toHaveAttribute("data-trace-id", first!);

  await page.keyboard.press("c");
  await expect(page.getByRole("textbox", { name: /^Comment/ })).toBeFocused();
  await page.keyboard.type("Cites the wrong policy.");
  await page.keyboard.press("Escape");
  await page.keyboard.press("d");
  await expect(progress).toContainText("trace 2 of 3");
  await expect(progress).toContainText("1 of 3 reviewed by you");
  await expect.poll(async () => (await assessmentsBy(first!, me)).map((a) => [a.feedback?.value, a.rationale])).toEqual([[false, "Cites the wrong policy."]]);

  // The URL holds the position: a reload stays on the second trace.
  await page.reload();
  await expect(progress).toContainText("trace 2 of 3");
});
