import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("CSV", () => {
  it("quotes what needs quoting and leaves numbers bare", () => {
    expect(toCsv(["name", "n"], [["a,b", 1.5], ['say "hi"', null], ["line\nbreak", 0]])).toBe('name,n\r\n"a,b",1.5\r\n"say ""hi""",\r\n"line\nbreak",0\r\n');
  });
  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(toCsv(["v"], [["=HYPERLINK(\"x\")"], ["-1+1"], ["@SUM(A1)"], ["ok"]])).toBe("v\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n'-1+1\r\n'@SUM(A1)\r\nok\r\n");
  });
  it("writes negative numbers as numbers, not as text", () => {
    expect(toCsv(["v"], [[-2], [Number.NaN]])).toBe("v\r\n-2\r\n\r\n");
  });
});
