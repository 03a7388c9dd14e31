import { describe, expect, it } from "vitest";
import { REVIEW_KEYS, reviewActionFor, step } from "./review-keys";

const press = (key: string, extra: Partial<Parameters<typeof reviewActionFor>[0]> = {}) => reviewActionFor({ key, ctrlKey: false, metaKey: false, altKey: false, targetTag: "BODY", targetEditable: false, ...extra });

describe("reviewActionFor", () => {
  it("maps the review keys", () => {
    expect(["u", "+", "d", "-", "c", "j", "ArrowRight", "k", "ArrowLeft", "?"].map((key) => press(key))).toEqual(["up", "up", "down", "down", "comment", "next", "next", "previous", "previous", "help"]);
    expect(press("x")).toBeNull();
  });
  it("leaves typing and shortcuts with modifiers alone", () => {
    expect(press("u", { targetTag: "TEXTAREA" })).toBeNull();
    expect(press("u", { targetTag: "input" })).toBeNull();
    expect(press("u", { targetTag: "DIV", targetEditable: true })).toBeNull();
    expect(press("d", { ctrlKey: true })).toBeNull();
    expect(press("k", { metaKey: true })).toBeNull();
  });
  it("has no key bound twice", () => {
    const keys = REVIEW_KEYS.flatMap((entry) => entry.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("step", () => {
  it("stays within the list", () => {
    expect(step(0, -1, 5)).toBe(0);
    expect(step(3, 1, 5)).toBe(4);
    expect(step(4, 1, 5)).toBe(4);
  });
});
