import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { outlineOf, toSpan, toSpanOutline } from "@/lib/mlflow/to-span";
import type { MlflowTrace } from "@/lib/mlflow/wire";
import { MISSING_PARENT, NO_PARENT, SKELETON_STATUS } from "@/lib/types/trace-skeleton";
import { toSkeleton } from "./skeleton";
import { T0, hexId, hugeWide, orphans, threeSpans } from "./test-shapes";

const wireSpans = (name: string) => fixture<{ trace: MlflowTrace }>(name).trace.spans ?? [];
const recorded = (name: string) => wireSpans(name).map(toSpanOutline);

describe("toSpanOutline", () => {
  it("gives what the full mapping gives, without decoding inputs and outputs", () => {
    for (const name of ["trace-get", "trace-get-error", "trace-get-in-progress"]) {
      expect(wireSpans(name).map(toSpanOutline)).toEqual(wireSpans(name).map((wire) => outlineOf(toSpan(wire))));
    }
  });
});

describe("toSkeleton", () => {
  it("keeps ids, parents as indexes, names and types as dictionary indexes, times as offsets", () => {
    const skeleton = toSkeleton("tr-1", threeSpans(), 42);
    expect(skeleton).toMatchObject({ traceId: "tr-1", baseMs: T0, fetchedAtMs: 42 });
    expect(skeleton.id).toEqual([hexId(1), hexId(3), hexId(2)]);
    expect(skeleton.parent).toEqual([NO_PARENT, 0, 0]);
    expect(skeleton.names).toEqual(["root", "b", "a"]);
    expect(skeleton.types).toEqual(["AGENT", "TOOL", "LLM"]);
    expect(skeleton.start).toEqual([0, 50, 10]);
    expect(skeleton.end).toEqual([100, 90, 40]);
    expect(skeleton.status).toEqual([SKELETON_STATUS.OK, SKELETON_STATUS.ERROR, SKELETON_STATUS.OK]);
    expect(skeleton.llm).toEqual([[2, 20, 10, 30, 0]]);
    expect(skeleton.models).toEqual(["gpt-4o"]);
    expect(skeleton.exceptions).toEqual([1]);
  });

  it("marks parents that are not in the trace and running spans", () => {
    const spans = orphans();
    spans[1] = { ...spans[1], endTimeMs: null };
    const skeleton = toSkeleton("tr-2", spans, 0);
    expect(skeleton.parent).toEqual([MISSING_PARENT, MISSING_PARENT, 1]);
    expect(skeleton.missingParent).toEqual({ 0: hexId(1), 1: hexId(1) });
    expect(skeleton.end[1]).toBeNull();
  });

  it("stays near 100 bytes a span on the wire for a wide trace", () => {
    const spans = hugeWide(10_000);
    const bytes = JSON.stringify(toSkeleton("tr-3", spans, 0)).length;
    expect(bytes / spans.length).toBeLessThan(100);
  });

  it("maps a recorded trace: one root, every parent found, tokens and models of the LLM spans", () => {
    const spans = recorded("trace-get");
    const skeleton = toSkeleton("tr", spans, 0);
    expect(skeleton.parent.filter((parent) => parent === NO_PARENT)).toHaveLength(1);
    expect(skeleton.parent.every((parent) => parent !== MISSING_PARENT)).toBe(true);
    const withTokens = spans.filter((span) => span.tokens !== null).length;
    expect(skeleton.llm.filter(([, , , total]) => total !== null)).toHaveLength(withTokens);
    expect(Math.min(...skeleton.start)).toBe(0);
  });

  it("maps the recorded in-progress trace: its finished spans point to the missing open root", () => {
    const skeleton = toSkeleton("tr", recorded("trace-get-in-progress"), 0);
    expect(skeleton.parent.every((parent) => parent === MISSING_PARENT)).toBe(true);
    expect(new Set(Object.values(skeleton.missingParent)).size).toBe(1);
  });

  it("flags the recorded error spans and their exception events", () => {
    const skeleton = toSkeleton("tr", recorded("trace-get-error"), 0);
    const errors = skeleton.status.flatMap((status, index) => (status === SKELETON_STATUS.ERROR ? [index] : []));
    expect(errors.length).toBeGreaterThan(0);
    expect(skeleton.exceptions).toEqual(errors);
  });
});
