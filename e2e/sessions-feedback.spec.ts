import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";
import { deleteAssessmentsBy, mlflowAssessments, sessionById, sessionPath, setAnnotator, traceOf } from "./support/sessions";

// Thumbs on a turn and on a whole session, read back from the tracking server. Writes go to the
// sessions of traces the generator reserves for writing, and are deleted afterwards so the other
// specs see the seeded feedback counts.

const REVIEWER = "sessions-e2e@example.com";
const touched = new Set<string>();

test.afterAll(async ({ request }) => {
  await deleteAssessmentsBy(request, [...touched], REVIEWER);
});

const writableInSessions = () => seed().special.writable_trace_ids.filter((id) => traceOf(id).session !== null);

test("a thumbs down on a turn is stored on that turn's trace", async ({ page, request, baseURL }) => {
  const traceId = writableInSessions().at(-1)!;
  const { session, turn } = traceOf(traceId);
  touched.add(traceId);
  await setAnnotator(page, baseURL!, REVIEWER);
  await page.goto(sessionPath(session!));
  const down = page.getByRole("button", { name: `Thumbs down on turn ${turn}`, exact: true });
  await expect(down).toHaveAttribute("aria-pressed", "false");
  await down.click();
  await expect(down).toHaveAttribute("aria-pressed", "true");
  await expect(down).toHaveText("1");

  const stored = (await mlflowAssessments(request, traceId)).filter((assessment) => assessment.source?.source_id === REVIEWER);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ assessment_name: "user_feedback", feedback: { value: false }, source: { source_type: "HUMAN" } });
  expect(stored[0].metadata?.["mlflow.trace.session"]).toBeUndefined();

  // Changing one's mind replaces the vote (the old one is overridden, no longer valid).
  await page.getByRole("button", { name: `Thumbs up on turn ${turn}`, exact: true }).click();
  await expect(page.getByRole("button", { name: `Thumbs up on turn ${turn}`, exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(down).toHaveText("0");
  const valid = (await mlflowAssessments(request, traceId)).filter((a) => a.source?.source_id === REVIEWER && a.valid !== false);
  expect(valid.map((a) => a.feedback?.value)).toEqual([true]);
});

test("a thumbs up on the whole session asks for a name once, then lands on its last trace marked as session-level", async ({ page, request }) => {
  const sessionId = traceOf(writableInSessions()[0]).session!;
  const lastTraceId = sessionById(sessionId).trace_ids_in_order.at(-1)!;
  touched.add(lastTraceId);
  await page.goto(sessionPath(sessionId));
  await page.getByRole("button", { name: "Thumbs up on the whole session" }).click();
  await page.getByLabel("Who is giving this feedback?").fill(REVIEWER);
  await page.getByRole("button", { name: "Save and send" }).click();
  const up = page.getByRole("button", { name: "Thumbs up on the whole session" });
  await expect(up).toHaveAttribute("aria-pressed", "true");

  const stored = (await mlflowAssessments(request, lastTraceId)).filter((assessment) => assessment.source?.source_id === REVIEWER);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ assessment_name: "user_feedback", feedback: { value: true }, metadata: { "mlflow.trace.session": sessionId } });
});
