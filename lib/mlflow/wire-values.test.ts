import { describe, expect, it } from "vitest";
import { decodeAnyValue, decodeJsonText, nanosToMs, parseDurationMs, parseTimestampMs, parseTokenUsage, toHexId } from "./wire-values";

describe("parseDurationMs", () => {
  it("reads proto Duration strings", () => {
    expect(parseDurationMs("1.840s")).toBe(1840);
    expect(parseDurationMs("0.002s")).toBe(2);
    expect(parseDurationMs("3s")).toBe(3000);
    expect(parseDurationMs("0.000123456s")).toBeCloseTo(0.123, 3);
  });
  it("gives null for missing or malformed values", () => {
    expect(parseDurationMs(undefined)).toBeNull();
    expect(parseDurationMs("")).toBeNull();
    expect(parseDurationMs("12ms")).toBeNull();
  });
});

describe("parseTimestampMs", () => {
  it("reads RFC 3339", () => {
    expect(parseTimestampMs("2026-11-21T16:25:37.270Z")).toBe(Date.UTC(2026, 10, 21, 16, 25, 37, 270));
    expect(parseTimestampMs("2026-11-21T17:25:37+01:00")).toBe(Date.UTC(2026, 10, 21, 16, 25, 37));
  });
  it("gives null for garbage", () => {
    expect(parseTimestampMs("yesterday")).toBeNull();
    expect(parseTimestampMs(undefined)).toBeNull();
  });
});

describe("nanosToMs", () => {
  it("keeps sub-millisecond digits from strings exactly", () => {
    expect(nanosToMs("1795278337340470340")).toBe(1795278337340 + 0.47034);
  });
  it("accepts JSON numbers (already rounded by JSON.parse)", () => {
    expect(nanosToMs(1795278337340470340)).toBeCloseTo(1795278337340.47, 1);
  });
  it("gives null for absent values", () => {
    expect(nanosToMs(undefined)).toBeNull();
    expect(nanosToMs("")).toBeNull();
    expect(nanosToMs("12x")).toBeNull();
  });
});

describe("toHexId", () => {
  it("decodes base64 span and trace ids", () => {
    expect(toHexId("p1RfQ5++yrU=")).toBe("a7545f439fbecab5");
    expect(toHexId("0kDi5l9T22DTSk4qbPaFVQ==")).toBe("d240e2e65f53db60d34a4e2a6cf68555");
  });
  it("keeps hex ids as they are, lowercased", () => {
    expect(toHexId("a7545f439fbecab5")).toBe("a7545f439fbecab5");
    expect(toHexId("D240E2E65F53DB60D34A4E2A6CF68555")).toBe("d240e2e65f53db60d34a4e2a6cf68555");
  });
  it("gives null for empty or undecodable ids", () => {
    expect(toHexId("")).toBeNull();
    expect(toHexId(null)).toBeNull();
    expect(toHexId("not base64!")).toBeNull();
  });
});

describe("decodeAnyValue", () => {
  it("turns OTLP kvlists and arrays into plain JSON", () => {
    expect(
      decodeAnyValue({
        kvlist_value: {
          values: [
            { key: "q", value: { string_value: "hello" } },
            { key: "n", value: { int_value: "12" } },
            { key: "list", value: { array_value: { values: [{ bool_value: true }, { double_value: 0.5 }] } } },
          ],
        },
      }),
    ).toEqual({ q: "hello", n: 12, list: [true, 0.5] });
  });
  it("gives null for an empty value", () => {
    expect(decodeAnyValue({})).toBeNull();
    expect(decodeAnyValue(undefined)).toBeNull();
  });
});

describe("decodeJsonText", () => {
  it("parses JSON-encoded attribute strings", () => {
    expect(decodeJsonText('"LLM"')).toBe("LLM");
    expect(decodeJsonText('{"a": [1, 2]}')).toEqual({ a: [1, 2] });
    expect(decodeJsonText("20")).toBe(20);
  });
  it("keeps raw text that is not JSON", () => {
    expect(decodeJsonText("not json")).toBe("not json");
    expect(decodeJsonText("{broken")).toBe("{broken");
    expect(decodeJsonText("")).toBe("");
  });
});

describe("parseTokenUsage", () => {
  it("reads the JSON text of mlflow.trace.tokenUsage", () => {
    expect(parseTokenUsage('{"input_tokens": 120, "output_tokens": 45, "total_tokens": 165}')).toEqual({ input: 120, output: 45, total: 165 });
  });
  it("derives a missing total", () => {
    expect(parseTokenUsage({ input_tokens: 3, output_tokens: 4 })).toEqual({ input: 3, output: 4, total: 7 });
  });
  it("gives null when nothing is reported", () => {
    expect(parseTokenUsage(undefined)).toBeNull();
    expect(parseTokenUsage("{}")).toBeNull();
    expect(parseTokenUsage("[1]")).toBeNull();
  });
});
