import { describe, expect, it } from "vitest";
import { MemoCache } from "./memo-cache";

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
