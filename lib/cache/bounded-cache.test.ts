import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded-cache";

describe("BoundedCache", () => {
  it("evicts the least recently used entries beyond its budget", () => {
    const cache = new BoundedCache<string>(100);
    cache.set("a", "A", 40);
    cache.set("b", "B", 40);
    expect(cache.get("a")).toBe("A");
    cache.set("c", "C", 40);
    expect(cache.keys()).toEqual(["a", "c"]);
    expect(cache.bytes).toBe(80);
    expect(cache.get("b")).toBeUndefined();
  });

  it("keeps a new entry larger than the whole budget, alone", () => {
    const cache = new BoundedCache<string>(100);
    cache.set("a", "A", 10);
    cache.set("huge", "H", 500);
    expect(cache.keys()).toEqual(["huge"]);
    cache.set("b", "B", 10);
    expect(cache.keys()).toEqual(["b"]);
  });

  it("replaces an entry without counting it twice", () => {
    const cache = new BoundedCache<number>(100);
    cache.set("a", 1, 60);
    cache.set("a", 2, 70);
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(70);
    expect(cache.get("a")).toBe(2);
    cache.delete("a");
    expect(cache.bytes).toBe(0);
  });
});
