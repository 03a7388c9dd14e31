// Deployment settings of the feedback features, read from the environment by the server and
// checked here (pure, so the rules are tested).
import { AssessmentName } from "./schemas";

export const DEFAULT_FEEDBACK_NAME = "user_feedback";

/** The name thumbs are recorded under: FEEDBACK_NAME, or "user_feedback" (what MLflow's examples use). */
export function resolveFeedbackName(raw: string | undefined): { name: string; problem: string | null } {
  if (raw === undefined || raw.trim() === "") return { name: DEFAULT_FEEDBACK_NAME, problem: null };
  const parsed = AssessmentName.safeParse(raw);
  if (parsed.success) return { name: parsed.data, problem: null };
  return { name: DEFAULT_FEEDBACK_NAME, problem: `FEEDBACK_NAME is not usable (${parsed.error.issues[0].message}); set it to a name such as "user_feedback".` };
}

/** The end user an application names as the author of its feedback; never empty or "default". */
export function applicationSourceId(user: string | undefined | null): string {
  const name = (user ?? "").trim();
  return name && name.toLowerCase() !== "default" ? name : "app-user";
}
