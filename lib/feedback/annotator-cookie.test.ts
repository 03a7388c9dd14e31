import { describe, expect, it } from "vitest";
import { annotatorCookie, annotatorFromCookies } from "./annotator-cookie";

describe("annotator cookie", () => {
  it("round-trips a name with spaces and non-ASCII characters", () => {
    const cookie = annotatorCookie("  Zoë Q. ")!;
    expect(cookie).toBe("annotator=Zo%C3%AB%20Q.; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(annotatorFromCookies(`a=1; ${cookie.split(";")[0]}; b=2`)).toBe("Zoë Q.");
  });

  it("refuses reserved or empty names and ignores broken cookies", () => {
    expect(annotatorCookie("default")).toBeNull();
    expect(annotatorCookie("   ")).toBeNull();
    expect(annotatorFromCookies("annotator=%E0%A4%A")).toBeNull();
    expect(annotatorFromCookies("other=x")).toBeNull();
  });
});
