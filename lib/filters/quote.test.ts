import { describe, expect, it } from "vitest";
import { experimentNameFilter } from "./experiment-filter";
import { UnquotableValueError, quoteValue } from "./quote";

describe("quoteValue", () => {
  it("uses single quotes, or double quotes when the value has a single quote", () => {
    expect(quoteValue("alice")).toBe("'alice'");
    expect(quoteValue("it's")).toBe('"it\'s"');
  });
  it("refuses a value with both quote characters instead of mangling it", () => {
    expect(() => quoteValue(`a'b"c`)).toThrow(UnquotableValueError);
  });
});

describe("experimentNameFilter", () => {
  it("builds a case-insensitive substring filter", () => {
    expect(experimentNameFilter(" agent ")).toBe("name ILIKE '%agent%'");
    expect(experimentNameFilter("")).toBeUndefined();
  });
});
