import { describe, expect, it } from "vitest";
import { concurrencyLimit, MemoCache } from "./memo-cache";

describe("the memo cache", () => {
  it("reuses a value until it expires", async () => {
    let now = 0;
    let loads = 0;
    const cache = new MemoCache<number>(10, 1000, () => now);
    const load = async () => ++loads;
    expect(await cache.get("a", load)).toBe(1);
    now = 999;
    expect(await cache.get("a", load)).toBe(1);
    now = 1000;
    expect(await cache.get("a", load)).toBe(2);
  });

  it("shares one in-flight load between callers", async () => {
    let loads = 0;
    const cache = new MemoCache<number>(10, 1000);
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
    expect(await Promise.all([cache.get("k", load), cache.get("k", load)])).toEqual([1, 1]);
  });

  it("forgets failures, so the next call tries again", async () => {
    const cache = new MemoCache<number>(10, 1000);
    await expect(cache.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await Promise.resolve();
    expect(await cache.get("k", async () => 7)).toBe(7);
  });

  it("holds at most its size, dropping the least recently used", async () => {
    const cache = new MemoCache<string>(2, 1000);
    await cache.get("a", async () => "a");
    await cache.get("b", async () => "b");
    await cache.get("a", async () => "a2");
    await cache.get("c", async () => "c");
    expect(cache.size).toBe(2);
    expect(await cache.get("a", async () => "reloaded")).toBe("a");
    expect(await cache.get("b", async () => "reloaded")).toBe("reloaded");
  });
});

describe("the concurrency limit", () => {
  it("never runs more than the limit at once and runs everything", async () => {
    const limit = concurrencyLimit(3);
    let running = 0;
    let peak = 0;
    const task = (n: number) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 2 + (n % 3)));
      running -= 1;
      return n;
    };
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => limit(task(n))));
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });

  it("starts an urgent task before the ones already waiting", async () => {
    const limit = concurrencyLimit(1);
    const started: string[] = [];
    const task = (name: string) => async () => {
      started.push(name);
      await new Promise((resolve) => setTimeout(resolve, 1));
    };
    await Promise.all([limit(task("running")), limit(task("queued 1")), limit(task("queued 2")), limit(task("urgent"), { urgent: true })]);
    expect(started).toEqual(["running", "urgent", "queued 1", "queued 2"]);
  });

  it("frees its slot when a task fails", async () => {
    const limit = concurrencyLimit(1);
    await expect(limit(() => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(await limit(async () => "after")).toBe("after");
  });
});
