import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";
import { inspector, row, rows, skeletonOf, spanIdsNamed, tracePage, traceWith } from "./support/trace-view";

// The trace page on ordinary seeded traces: header figures, tree shape, and the inspector's
// renderers for chat messages, retrieved documents and exceptions.

test("a seeded trace shows the header figures and the tree shape the manifest records", async ({ page }) => {
  const manifest = seed();
  const expected = traceWith((trace) => trace.status === "OK" && !!trace.session && !!trace.span_types.TOOL && !!trace.span_types.RETRIEVER);
  await page.goto(tracePage(expected.trace_id));

  const header = page.getByTestId("trace-header");
  await expect(header.getByTestId("trace-name")).toHaveText(expected.name);
  await expect(header.getByTestId("trace-state")).toHaveAttribute("data-state", "OK");
  await expect(header.getByTestId("trace-span-count")).toContainText(`${expected.span_count}`);
  await expect(header.getByTestId("trace-tokens")).toHaveText(`${expected.input_tokens.toLocaleString("en-US")} / ${expected.output_tokens.toLocaleString("en-US")} / ${expected.total_tokens.toLocaleString("en-US")}`);
  await expect(header.getByTestId("trace-client-request-id")).toHaveText(expected.client_request_id);
  await expect(header.getByRole("link", { name: expected.user! })).toHaveAttribute("href", `/experiments/${manifest.experiment_id}/users/${expected.user}`);
  await expect(header.getByRole("link", { name: expected.session! })).toHaveAttribute("href", `/experiments/${manifest.experiment_id}/sessions/${expected.session}`);
  for (const [key, value] of Object.entries(expected.tags)) await expect(header.locator(`[data-tag="${key}"]`)).toContainText(value);
  for (const model of expected.models) await expect(header.getByTestId("trace-model-tokens").locator(`[data-model="${model}"]`)).toBeVisible();
  for (const feedback of expected.feedback) await expect(header.locator(`[data-assessment="${feedback.name}"]`)).toContainText(feedback.source_type);

  // Tree: one AGENT root named like the trace, every other span below it, types as recorded.
  await expect(rows(page)).toHaveCount(expected.span_count);
  const roots = rows(page).and(page.locator('[data-depth="0"]'));
  await expect(roots).toHaveCount(1);
  await expect(roots).toHaveAttribute("data-type", "AGENT");
  await expect(roots).toHaveAccessibleName(expected.name);
  for (const [type, count] of Object.entries(expected.span_types)) await expect(rows(page).and(page.locator(`[data-type="${type}"]`))).toHaveCount(count);
  // The root's Σ tokens are the trace's tokens.
  await expect(roots).toContainText(`Σ ${expected.total_tokens.toLocaleString("en-US")}`);
});

test("an LLM span shows its chat messages, tool calls and token counts", async ({ page, request }) => {
  const expected = traceWith((trace) => trace.status === "OK" && trace.name === "support_agent" && !!trace.span_types.TOOL && !!trace.assistant_message);
  const skeleton = await skeletonOf(request, expected.trace_id);
  const [answerId] = spanIdsNamed(skeleton, "generate_answer");
  const [plannerId] = spanIdsNamed(skeleton, "plan_next_step");
  const detail = await (await request.get(`/api/traces/${expected.trace_id}/spans/${answerId}`)).json();

  await page.goto(tracePage(expected.trace_id));
  await row(page, answerId).click();
  await expect(page).toHaveURL(new RegExp(`span=${answerId}`));
  const panel = inspector(page);
  await expect(panel.getByTestId("inspector-span-name")).toContainText("generate_answer");
  await expect(panel.getByTestId("inspector-span-tokens")).toContainText(`${detail.tokens.input} in / ${detail.tokens.output} out / ${detail.tokens.total} total`);
  await expect(panel.getByTestId("inspector-span-tokens")).toContainText(expected.models[0]);
  const inputs = panel.getByTestId("span-inputs");
  await expect(inputs.locator('[data-testid="chat-message"][data-role="system"]')).toHaveCount(1);
  await expect(inputs.locator('[data-testid="chat-message"][data-role="user"]').last()).toContainText(expected.user_message);
  await expect(inputs.getByTestId("chat-tool-call").first()).toBeVisible();
  await expect(inputs.getByTestId("chat-tool-result").first()).toBeVisible();
  await expect(panel.getByTestId("span-outputs").locator('[data-testid="chat-message"][data-role="assistant"]')).toContainText(expected.assistant_message!);

  // The planner asked for tools: its output is a tool call, not text.
  await row(page, plannerId).click();
  await expect(inspector(page).getByTestId("span-outputs").getByTestId("chat-tool-call").first()).toBeVisible();

  // Raw JSON shows the same payload as text.
  await inspector(page).getByRole("button", { name: "Raw JSON" }).click();
  await expect(inspector(page).getByTestId("raw-content").first()).toContainText('"role": "system"');
});

test("a retriever span shows its documents with source and score", async ({ page, request }) => {
  const expected = traceWith((trace) => trace.status === "OK" && trace.name === "support_agent");
  const skeleton = await skeletonOf(request, expected.trace_id);
  const [retrieverId] = spanIdsNamed(skeleton, "search_help_center");
  const detail = await (await request.get(`/api/traces/${expected.trace_id}/spans/${retrieverId}`)).json();
  const documents = detail.outputs as { page_content: string; metadata: { doc_uri: string; score: number } }[];

  await page.goto(tracePage(expected.trace_id, `span=${retrieverId}`));
  const shown = inspector(page).getByTestId("span-outputs").getByTestId("retrieved-document");
  await expect(shown).toHaveCount(documents.length);
  for (const [index, document] of documents.entries()) {
    await expect(shown.nth(index)).toContainText(document.page_content);
    await expect(shown.nth(index)).toContainText(document.metadata.doc_uri);
    await expect(shown.nth(index)).toContainText(`score ${document.metadata.score}`);
  }
});

test("an error span shows its exception with type, message and stack trace", async ({ page, request }) => {
  const expected = traceWith((trace) => trace.status === "ERROR");
  const skeleton = await skeletonOf(request, expected.trace_id);
  const failing = skeleton.id.filter((_, index) => skeleton.status[index] === 2 && skeleton.parent[index] !== -1);
  expect(failing).toHaveLength(1);

  await page.goto(tracePage(expected.trace_id));
  await expect(page.getByTestId("trace-state")).toHaveAttribute("data-state", "ERROR");
  await expect(page.getByTestId("span-error-mark")).toHaveCount(2);
  await row(page, failing[0]).click();
  const panel = inspector(page);
  await expect(panel.getByTestId("inspector-span-status")).toHaveText("error");
  await expect(panel.getByTestId("inspector-exception")).toBeVisible();
  await panel.getByRole("tab", { name: /Events/ }).click();
  await expect(page).toHaveURL(/tab=events/);
  const exception = panel.getByTestId("span-exception");
  await expect(exception.getByTestId("exception-type")).toHaveText(/^(TimeoutError|ConnectionError|RuntimeError)$/);
  const type = await exception.getByTestId("exception-type").textContent();
  await expect(exception.getByTestId("exception-message")).not.toBeEmpty();
  await expect(exception.getByTestId("exception-stacktrace")).toContainText("Traceback (most recent call last)");
  await expect(exception.getByTestId("exception-stacktrace")).toContainText(`${type}: `);
});

test("filters to errors only and to one span type, keeping the path to each match", async ({ page }) => {
  const expected = traceWith((trace) => trace.status === "ERROR");
  await page.goto(tracePage(expected.trace_id));
  await expect(rows(page)).toHaveCount(expected.span_count);
  await page.getByLabel("Show spans").selectOption("errors");
  await expect(page).toHaveURL(/show=errors/);
  await expect(rows(page)).toHaveCount(2);
  const [type, count] = Object.entries(expected.span_types).find(([name]) => name !== "AGENT")!;
  await page.getByLabel("Show spans").selectOption(`type:${type}`);
  // The matches plus their AGENT root.
  await expect(rows(page)).toHaveCount(count + 1);
  await expect(rows(page).and(page.locator(`[data-type="${type}"]`))).toHaveCount(count);
});

test("the critical path is highlighted and can be shown alone", async ({ page }) => {
  const expected = traceWith((trace) => trace.status === "OK" && trace.name === "support_agent" && !!trace.span_types.TOOL);
  await page.goto(tracePage(expected.trace_id));
  await expect(rows(page)).toHaveCount(expected.span_count);
  await page.getByLabel("Critical path").selectOption("highlight");
  const critical = rows(page).and(page.locator("[data-critical]"));
  await expect(critical.first()).toHaveAttribute("data-depth", "0");
  // The support agent's steps run one after another, so each of them decided the end.
  await expect(critical).toHaveCount(expected.span_count);
  const onPath = expected.span_count;
  await page.getByLabel("Critical path").selectOption("only");
  await expect(page).toHaveURL(/cp=only/);
  await expect(rows(page)).toHaveCount(onPath);
  await expect(rows(page).and(page.locator(":not([data-critical])"))).toHaveCount(0);
});
