import { describe, expect, it } from "vitest";
import { allOf, hasKey, keyContains, keyEquals } from "./group-clauses";
import { UnquotableValueError } from "./quote";

describe("group clauses", () => {
  it("write the metadata form, the forms the real server accepts", () => {
    expect(hasKey("mlflow.trace.session", "metadata")).toBe("metadata.`mlflow.trace.session` IS NOT NULL");
    expect(keyEquals("mlflow.trace.user", "metadata", "alice")).toBe("metadata.`mlflow.trace.user` = 'alice'");
    expect(keyContains("mlflow.trace.session", "metadata", "4bbc")).toBe("metadata.`mlflow.trace.session` ILIKE '%4bbc%'");
  });

  it("restrict the tag form to traces without the metadata key (metadata wins)", () => {
    expect(keyEquals("mlflow.trace.session", "tag", "s 1/x")).toBe(
      "metadata.`mlflow.trace.session` IS NULL AND tag.`mlflow.trace.session` = 's 1/x'",
    );
  });

  it("quote values with whichever quote they lack, and refuse values with both", () => {
    expect(keyEquals("mlflow.trace.user", "metadata", "o'brien")).toBe(`metadata.\`mlflow.trace.user\` = "o'brien"`);
    expect(() => keyEquals("mlflow.trace.user", "metadata", `a'b"c`)).toThrow(UnquotableValueError);
  });

  it("join the non-empty parts with AND", () => {
    expect(allOf("a = 1", undefined, "  ", "b = 2")).toBe("a = 1 AND b = 2");
    expect(allOf(undefined, "")).toBeUndefined();
  });
});
