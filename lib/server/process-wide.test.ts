import { describe, expect, it, vi } from "vitest";
import { processWide } from "./process-wide";

describe("processWide", () => {
  it("creates an instance once and hands the same one to every caller", () => {
    const create = vi.fn(() => new Map<string, number>());
    const first = processWide("test.shared-map", create);
    first.set("a", 1);
    const second = processWide("test.shared-map", create);
    expect(second).toBe(first);
    expect(second.get("a")).toBe(1);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it("is reachable through the global symbol registry, as a second copy of a module would reach it", async () => {
    const mine = processWide("test.registry", () => ({ id: "mine" }));
    vi.resetModules();
    const again = await import("./process-wide");
    expect(again.processWide("test.registry", () => ({ id: "other copy" }))).toBe(mine);
  });

  it("keeps different names apart", () => {
    expect(processWide("test.one", () => ({}))).not.toBe(processWide("test.two", () => ({})));
  });
});
