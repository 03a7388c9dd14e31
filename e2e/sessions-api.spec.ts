import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";

// The contract of the sessions and users routes: grouped on the server, exact, validated.

const api = () => `/api/experiments/${seed().experiment_id}`;

test("the first screen lists the newest sessions; their exact figures come per batch", async ({ request }) => {
  const { sessions } = seed();
  const list = await (await request.get(`${api()}/sessions?limit=5`)).json();
  expect(list.rows).toHaveLength(5);
  expect(list).toMatchObject({ hasMore: true, complete: false, coverage: { capped: false } });
  const ids: string[] = list.rows.map((row: { sessionId: string }) => row.sessionId);
  const query = ids.map((id) => `ids=${encodeURIComponent(id)}`).join("&");
  const { summaries } = await (await request.get(`${api()}/session-summaries?${query}`)).json();
  for (const summary of summaries) {
    const expected = sessions.find((session) => session.id === summary.sessionId)!;
    expect(summary).toMatchObject({ turns: expected.turns, users: [expected.user], coverage: { capped: false } });
  }
});

test("sorted lists carry their figures; users too", async ({ request }) => {
  const { sessions, users } = seed();
  const byTurns = await (await request.get(`${api()}/sessions?sort=turns&limit=100`)).json();
  expect(byTurns).toMatchObject({ complete: true, hasMore: false });
  expect(byTurns.rows.map((row: { summary: { turns: number } }) => row.summary.turns)).toEqual(sessions.map((s) => s.turns).sort((a, b) => b - a));
  const byTraces = await (await request.get(`${api()}/users?sort=traces`)).json();
  expect(byTraces.rows.map((row: { userId: string; summary: { traces: number } }) => [row.userId, row.summary.traces]).sort()).toEqual(
    users.map((user) => [user.id, user.traces]).sort(),
  );
});

test("bad input gets 400 with a clear message; an unknown session 404", async ({ request }) => {
  const badLimit = await request.get(`${api()}/sessions?limit=0`);
  expect(badLimit.status()).toBe(400);
  expect((await badLimit.json()).error.message).toContain("limit");
  const noIds = await request.get(`${api()}/session-summaries`);
  expect(noIds.status()).toBe(400);
  expect((await noIds.json()).error.message).toContain("give at least one id");
  const bothQuotes = await request.get(`${api()}/sessions/${encodeURIComponent(`a'b"c`)}`);
  expect(bothQuotes.status()).toBe(400);
  expect((await bothQuotes.json()).error.message).toContain("cannot express");
  const unknown = await request.get(`${api()}/sessions/no-such-session`);
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("SESSION_NOT_FOUND");
  const orFilter = await request.get(`${api()}/users?filter=${encodeURIComponent("trace.status = 'OK' OR trace.status = 'ERROR'")}`);
  expect(orFilter.status()).toBe(400);
  expect(await orFilter.json()).toMatchObject({ error: { code: "INVALID_PARAMETER_VALUE", fromMlflow: true } });
});
