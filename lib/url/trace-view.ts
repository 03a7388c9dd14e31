// The trace page's view state lives in its URL: a parse/serialize pair, round-trip tested.
// ?span=<16 hex>&tab=<inspector tab>&q=<search>&show=errors|type:<TYPE>&zoom=<from>-<to>&cp=1|only
// plus listFilter/listOrder from the trace list (for previous/next trace).
import type { z } from "zod";
import { TraceListQuery } from "@/lib/api/schemas";

export const INSPECTOR_TABS = ["content", "attributes", "events", "feedback"] as const;
export type InspectorTab = (typeof INSPECTOR_TABS)[number];

export type ListOrder = NonNullable<z.infer<typeof TraceListQuery>["orderBy"]>;
const LIST_ORDERS = TraceListQuery.shape.orderBy.unwrap().options as readonly ListOrder[];

export type SpanFilter = { kind: "all" } | { kind: "errors" } | { kind: "type"; type: string };
export type CriticalPathMode = "off" | "highlight" | "only";

export interface TraceViewState {
  span: string | null;
  tab: InspectorTab;
  q: string;
  show: SpanFilter;
  /** Fractions of the trace duration; null shows the whole trace. */
  zoom: { from: number; to: number } | null;
  critical: CriticalPathMode;
  listFilter: string | null;
  listOrder: ListOrder | null;
}

export const DEFAULT_VIEW: TraceViewState = {
  span: null,
  tab: "content",
  q: "",
  show: { kind: "all" },
  zoom: null,
  critical: "off",
  listFilter: null,
  listOrder: null,
};

const SPAN_ID = /^[0-9a-f]{16}$/;

function parseZoom(text: string | null): TraceViewState["zoom"] {
  const match = text ? /^(\d*\.?\d+)-(\d*\.?\d+)$/.exec(text) : null;
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (!(from >= 0 && to <= 1 && to > from) || (from === 0 && to === 1)) return null;
  return { from, to };
}

function parseShow(text: string | null): SpanFilter {
  if (text === "errors") return { kind: "errors" };
  if (text?.startsWith("type:") && text.length > 5) return { kind: "type", type: text.slice(5) };
  return { kind: "all" };
}

export function parseTraceView(params: URLSearchParams): TraceViewState {
  const span = params.get("span")?.toLowerCase() ?? null;
  const tab = params.get("tab");
  const cp = params.get("cp");
  const listOrder = params.get("listOrder");
  return {
    span: span && SPAN_ID.test(span) ? span : null,
    tab: INSPECTOR_TABS.find((known) => known === tab) ?? "content",
    q: params.get("q") ?? "",
    show: parseShow(params.get("show")),
    zoom: parseZoom(params.get("zoom")),
    critical: cp === "only" ? "only" : cp === "1" ? "highlight" : "off",
    listFilter: params.get("listFilter"),
    listOrder: LIST_ORDERS.find((order) => order === listOrder) ?? null,
  };
}

/** The query parameters this state owns; a page embedding the trace view keeps its own others. */
export const TRACE_VIEW_PARAMS = ["span", "tab", "q", "show", "zoom", "cp", "listFilter", "listOrder"] as const;

const fraction = (value: number) => String(Math.round(value * 1e6) / 1e6);

export function toTraceViewParams(state: TraceViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.span) params.set("span", state.span);
  if (state.span && state.tab !== DEFAULT_VIEW.tab) params.set("tab", state.tab);
  if (state.q) params.set("q", state.q);
  if (state.show.kind === "errors") params.set("show", "errors");
  if (state.show.kind === "type") params.set("show", `type:${state.show.type}`);
  if (state.zoom) params.set("zoom", `${fraction(state.zoom.from)}-${fraction(state.zoom.to)}`);
  if (state.critical !== "off") params.set("cp", state.critical === "only" ? "only" : "1");
  if (state.listFilter !== null) params.set("listFilter", state.listFilter);
  if (state.listOrder) params.set("listOrder", state.listOrder);
  return params;
}

/** The trace page's path with the given state. */
export function traceViewHref(experimentId: string, traceId: string, state: Partial<TraceViewState> = {}): string {
  const query = toTraceViewParams({ ...DEFAULT_VIEW, ...state }).toString();
  return `/experiments/${encodeURIComponent(experimentId)}/traces/${encodeURIComponent(traceId)}${query ? `?${query}` : ""}`;
}
