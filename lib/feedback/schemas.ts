// Input rules for human assessments, shared by the API routes and the forms. Client-safe.
//
// The tracking server stores whatever it is sent (a name with ".", an empty name, an object as a
// value), so these rules are the only guard: names that the search grammar can address
// (`feedback.<name>`), values of the types MLflow documents per kind, bounded texts.
import { z } from "zod";
import { ID_PATTERN } from "@/lib/api/request-guards";

export const MAX_NAME = 250;
export const MAX_RATIONALE = 10_000;
export const MAX_TEXT_VALUE = 10_000;
export const MAX_LIST_ITEMS = 100;

export const AssessmentName = z
  .string({ error: "give the assessment a name" })
  .trim()
  .min(1, "give the assessment a name")
  .max(MAX_NAME, `an assessment name may be at most ${MAX_NAME} characters`)
  .refine((name) => !name.includes("."), "an assessment name may not contain '.' (the search grammar reads it as a path)")
  .refine((name) => /^[\p{L}\p{N}_\- ]+$/u.test(name), "an assessment name may contain letters, digits, '_', '-' and spaces only");

export const Rationale = z.string().max(MAX_RATIONALE, `a comment may be at most ${MAX_RATIONALE} characters`);

const TextValue = z.string().max(MAX_TEXT_VALUE, `a text value may be at most ${MAX_TEXT_VALUE} characters`);
const ListValue = z.array(z.string().max(1000, "a list item may be at most 1000 characters")).max(MAX_LIST_ITEMS, `a list may hold at most ${MAX_LIST_ITEMS} items`);

/** Any value a human assessment may carry; the kind-specific rules follow in `valueProblem`. */
export const AssessmentValue = z.union([z.boolean(), z.number().finite(), TextValue, ListValue], {
  error: "value must be true/false, a number, a text or a list of texts",
});
export type AssessmentValue = z.infer<typeof AssessmentValue>;

export type HumanAssessmentKind = "feedback" | "expectation";

/** MLflow's rules per kind: feedback needs a non-empty list; empty texts say nothing. */
export function valueProblem(kind: HumanAssessmentKind, value: AssessmentValue): string | null {
  if (typeof value === "string" && value.trim() === "") return "a text value may not be empty";
  if (Array.isArray(value) && kind === "feedback" && value.length === 0) return "a feedback list needs at least one item";
  if (Array.isArray(value) && value.some((item) => item.trim() === "")) return "list items may not be empty";
  return null;
}

export const ScoreRange = z
  .object({ min: z.number().finite(), max: z.number().finite() })
  .refine((range) => range.min < range.max, "the range's minimum must be below its maximum");
export type ScoreRange = z.infer<typeof ScoreRange>;

export const AssessmentInput = z
  .object({
    name: AssessmentName,
    kind: z.enum(["feedback", "expectation"]),
    value: AssessmentValue,
    rationale: Rationale.optional(),
    spanId: z.string().regex(/^[0-9a-f]{16}$/, "not a valid span id (16 hex characters)").optional(),
    /** The assessment this one supersedes (a human override of a judge's verdict). */
    overrides: z.string().regex(ID_PATTERN, "not a valid assessment id").optional(),
    /** For numeric scores: the scale the value was given on. */
    range: ScoreRange.optional(),
    /** Extra metadata, e.g. the session marker of a vote on a whole session. */
    metadata: z.record(z.string().min(1).max(250), z.string().max(1000)).optional(),
    /** Chosen once per user action and kept across retries, so a retried create is not a second one. */
    requestKey: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "not a valid request key").optional(),
  })
  .superRefine((input, context) => {
    const problem = valueProblem(input.kind, input.value);
    if (problem) context.addIssue({ code: "custom", path: ["value"], message: problem });
    if (input.range && typeof input.value !== "number") context.addIssue({ code: "custom", path: ["range"], message: "a range applies to numeric scores only" });
    if (input.range && typeof input.value === "number" && (input.value < input.range.min || input.value > input.range.max)) {
      context.addIssue({ code: "custom", path: ["value"], message: `the score must lie between ${input.range.min} and ${input.range.max}` });
    }
    if (input.overrides && input.kind !== "feedback") context.addIssue({ code: "custom", path: ["overrides"], message: "only feedback can override another assessment" });
  });
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const AssessmentUpdate = z
  .object({ kind: z.enum(["feedback", "expectation"]), value: AssessmentValue.optional(), rationale: Rationale.optional() })
  .superRefine((update, context) => {
    if (update.value === undefined && update.rationale === undefined) context.addIssue({ code: "custom", message: "nothing to update: give value and/or rationale" });
    const problem = update.value === undefined ? null : valueProblem(update.kind, update.value);
    if (problem) context.addIssue({ code: "custom", path: ["value"], message: problem });
  });
export type AssessmentUpdate = z.infer<typeof AssessmentUpdate>;

/** A thumbs vote (or its removal, `value: null`) by the current annotator; upserted on the server. */
export const VoteInput = z.object({
  value: z.boolean({ error: "value must be true (thumbs up), false (thumbs down) or null (remove the vote)" }).nullable(),
  comment: Rationale.optional(),
  spanId: z.string().regex(/^[0-9a-f]{16}$/, "not a valid span id (16 hex characters)").optional(),
});
export type VoteInput = z.infer<typeof VoteInput>;

export const AnnotatorInput = z.object({ name: z.string().max(250, "a name may be at most 250 characters") });

/**
 * The feedback API for applications (POST /api/feedback): an end user's rating of one of the
 * application's answers, found by the client request id the application logged with the trace,
 * or by trace id. snake_case, like MLflow's own API and the SDK that applications use.
 */
export const ApplicationFeedback = z
  .object({
    experiment_id: z.string().regex(/^[0-9]{1,19}$/, "not a valid experiment id (digits only)").optional(),
    client_request_id: z.string().min(1, "client_request_id may not be empty").max(1000).optional(),
    trace_id: z.string().regex(ID_PATTERN, "not a valid trace id (expected e.g. tr-0123…)").optional(),
    value: z.boolean({ error: "value must be true (positive) or false (negative)" }),
    comment: Rationale.optional(),
    user: z
      .string()
      .max(250, "user may be at most 250 characters")
      .refine((user) => !/[\u0000-\u001f]/.test(user), "user may not contain control characters")
      .optional(),
    name: AssessmentName.optional(),
  })
  .superRefine((body, context) => {
    if (!body.client_request_id === !body.trace_id) context.addIssue({ code: "custom", message: "give exactly one of client_request_id and trace_id" });
    if (body.client_request_id && !body.experiment_id) {
      context.addIssue({ code: "custom", path: ["experiment_id"], message: "experiment_id is required with client_request_id (the experiment the application logs its traces to)" });
    }
  });
export type ApplicationFeedback = z.infer<typeof ApplicationFeedback>;
