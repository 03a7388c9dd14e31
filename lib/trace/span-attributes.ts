import { SPAN_ATTRIBUTES } from "@/lib/mlflow/keys";

/** Attributes the inspector shows in its inputs-and-outputs tab rather than the attributes table. */
export const SPAN_CONTENT_ATTRIBUTES: ReadonlySet<string> = new Set([SPAN_ATTRIBUTES.inputs, SPAN_ATTRIBUTES.outputs]);
