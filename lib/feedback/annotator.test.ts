import { describe, expect, it } from "vitest";
import { annotatorCookie, cleanAnnotatorName, resolveAnnotator } from "./annotator";

describe("resolveAnnotator", () => {
  it("takes the trusted header when the deployment names one, and ignores the cookie", () => {
    const headers = new Headers({ "X-Forwarded-Email": "alice@example.com" });
    expect(resolveAnnotator({ trustedHeaderName: "X-Forwarded-Email", headers, cookieValue: "mallory" })).toEqual({ id: "alice@example.com", fromTrustedHeader: true });
    expect(resolveAnnotator({ trustedHeaderName: "X-Forwarded-Email", headers: new Headers(), cookieValue: "mallory" })).toBeNull();
  });
  it("falls back to the name kept in the cookie", () => {
    expect(resolveAnnotator({ headers: new Headers(), cookieValue: encodeURIComponent("Bob Smith") })).toEqual({ id: "Bob Smith", fromTrustedHeader: false });
  });
  it("never accepts an empty or placeholder identity", () => {
    expect(resolveAnnotator({ headers: new Headers(), cookieValue: "" })).toBeNull();
    expect(resolveAnnotator({ headers: new Headers(), cookieValue: "default" })).toBeNull();
    expect(cleanAnnotatorName("   ")).toBeNull();
    expect(cleanAnnotatorName("<script>")).toBeNull();
    expect(cleanAnnotatorName("x".repeat(251))).toBeNull();
  });
});

describe("annotatorCookie", () => {
  it("keeps the encoded name for a year, same-site only", () => {
    expect(annotatorCookie("Bob Smith", false)).toBe("annotator=Bob%20Smith; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
    expect(annotatorCookie("bob", true)).toContain("; Secure");
    expect(resolveAnnotator({ headers: new Headers(), cookieValue: "Bob%20Smith" })?.id).toBe("Bob Smith");
  });
});
