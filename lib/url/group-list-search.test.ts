import { describe, expect, it } from "vitest";
import { SESSION_SORTS } from "@/lib/types/session";
import { PAGE_STEP, parseGroupListSearch, scopeParams, toGroupListParams } from "./group-list-search";

const parse = (query: string) => parseGroupListSearch(new URLSearchParams(query), SESSION_SORTS, "lastActivity");

describe("group list search in the URL", () => {
  it("reads defaults from an empty URL", () => {
    expect(parse("")).toEqual({ filter: "", q: "", sort: "lastActivity", dir: "desc", limit: PAGE_STEP, range: { kind: "all" } });
  });

  it("round-trips every field", () => {
    const query = "range=7d&filter=trace.status+%3D+%27ERROR%27&q=4bbc&sort=turns&dir=asc&limit=100";
    expect(toGroupListParams(parse(query), "lastActivity").toString()).toBe(query);
  });

  it("ignores unknown sorts and bad limits, and caps the limit", () => {
    expect(parse("sort=nope&limit=-3")).toMatchObject({ sort: "lastActivity", limit: PAGE_STEP });
    expect(parse("limit=99999").limit).toBe(500);
  });

  it("keeps only what selects traces in the scope", () => {
    expect(scopeParams(parse("from=5&to=9&q=x&sort=errors&filter=a")).toString()).toBe("from=5&to=9&filter=a");
  });
});
