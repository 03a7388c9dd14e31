// The kind, name and range of the last assessment added on this browser, so the next one starts
// there instead of making the reviewer pick them again on every trace.
import { emptyDraft, type AssessmentDraft } from "@/lib/feedback/assessment-draft";

const KEY = "dashboard.lastAssessmentDraft";

export function lastDraft(): AssessmentDraft | null {
  try {
    const saved = JSON.parse(window.localStorage.getItem(KEY) ?? "null") as Partial<AssessmentDraft> | null;
    if (!saved?.type || typeof saved.name !== "string") return null;
    return { ...emptyDraft(saved.type, saved.name), name: saved.name, rangeMin: saved.rangeMin ?? "0", rangeMax: saved.rangeMax ?? "1" };
  } catch {
    return null;
  }
}

export function rememberDraft(draft: AssessmentDraft): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ type: draft.type, name: draft.name, rangeMin: draft.rangeMin, rangeMax: draft.rangeMax }));
  } catch {
    // storage full or disabled: nothing to remember then
  }
}
