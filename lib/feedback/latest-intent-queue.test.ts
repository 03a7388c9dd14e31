import { describe, expect, it } from "vitest";
import { LatestIntentQueue } from "./latest-intent-queue";

function controlledServer() {
  const sent: { key: string; intent: string; finish: (ok: boolean) => void }[] = [];
  const queue = new LatestIntentQueue<string, string>(
    (key, intent) =>
      new Promise((resolve, reject) => {
        sent.push({ key, intent, finish: (ok) => (ok ? resolve(`saved ${intent}`) : reject(new Error(`refused ${intent}`))) });
      }),
  );
  return { queue, sent };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("LatestIntentQueue", () => {
  it("sends a double click once", async () => {
    const { queue, sent } = controlledServer();
    const first = queue.submit("k", "up");
    const second = queue.submit("k", "up");
    await tick();
    expect(sent.map((s) => s.intent)).toEqual(["up"]);
    sent[0].finish(true);
    expect(await first).toBe("saved up");
    expect(await second).toBe("saved up");
    expect(queue.busy("k")).toBe(false);
  });

  it("collapses clicks made during a request into one follow-up with the last wish", async () => {
    const { queue, sent } = controlledServer();
    const a = queue.submit("k", "up");
    await tick();
    const b = queue.submit("k", "down");
    const c = queue.submit("k", "none");
    sent[0].finish(true);
    await a;
    await tick();
    expect(sent.map((s) => s.intent)).toEqual(["up", "none"]);
    sent[1].finish(true);
    expect(await b).toBe("saved none");
    expect(await c).toBe("saved none");
  });

  it("drops the follow-up when the wish returns to what is in flight", async () => {
    const { queue, sent } = controlledServer();
    queue.submit("k", "up");
    await tick();
    const b = queue.submit("k", "down");
    const c = queue.submit("k", "up");
    sent[0].finish(true);
    expect(await b).toBe("saved up");
    expect(await c).toBe("saved up");
    await tick();
    expect(sent).toHaveLength(1);
  });

  it("keeps keys independent, and goes on after a failure", async () => {
    const { queue, sent } = controlledServer();
    const a = queue.submit("k1", "up");
    const b = queue.submit("k2", "up");
    await tick();
    expect(sent.map((s) => s.key)).toEqual(["k1", "k2"]);
    const c = queue.submit("k1", "down");
    sent[0].finish(false);
    await expect(a).rejects.toThrow("refused up");
    await tick();
    expect(sent.map((s) => `${s.key}:${s.intent}`)).toEqual(["k1:up", "k2:up", "k1:down"]);
    sent[2].finish(true);
    sent[1].finish(true);
    expect(await c).toBe("saved down");
    expect(await b).toBe("saved up");
  });
});
