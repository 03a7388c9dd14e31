// Browser-side state of the feedback features that must outlive any one component: this tab's
// writes laid over the server's data (lib/feedback/overlay), the state of each vote being saved,
// and the request for the annotator's name. Components read it through the hooks at the bottom.
import { useMemo, useSyncExternalStore } from "react";
import { EMPTY_OVERLAY, applyOverlay, type PendingVote, type TraceOverlay } from "@/lib/feedback/overlay";
import type { Assessment } from "@/lib/types/assessment";

type Listener = () => void;

function createStore<T>(initial: T) {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(next: T) {
      state = next;
      listeners.forEach((notify) => notify());
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// ---- overlay: this tab's writes, by trace ----

const overlays = createStore<ReadonlyMap<string, TraceOverlay>>(new Map());

function updateOverlay(traceId: string, change: (overlay: TraceOverlay) => TraceOverlay) {
  const next = new Map(overlays.get());
  next.set(traceId, change(next.get(traceId) ?? EMPTY_OVERLAY));
  overlays.set(next);
}

export const overlayStore = {
  written(traceId: string, assessment: Assessment, replacesId?: string) {
    updateOverlay(traceId, (overlay) => {
      const written = new Map(overlay.written);
      if (replacesId) written.delete(replacesId);
      written.set(assessment.assessmentId, assessment);
      const deleted = new Set(overlay.deleted);
      deleted.delete(assessment.assessmentId);
      return { ...overlay, written, deleted };
    });
  },
  /** Undoes an optimistic write: back to `previous` (or to nothing written here). */
  restore(traceId: string, id: string, previous: Assessment | undefined) {
    updateOverlay(traceId, (overlay) => {
      const written = new Map(overlay.written);
      if (previous) written.set(id, previous);
      else written.delete(id);
      return { ...overlay, written };
    });
  },
  deleted(traceId: string, ids: string[], isDeleted = true) {
    updateOverlay(traceId, (overlay) => {
      const deleted = new Set(overlay.deleted);
      for (const id of ids) {
        if (isDeleted) deleted.add(id);
        else deleted.delete(id);
      }
      return { ...overlay, deleted };
    });
  },
  pendingVote(traceId: string, key: string, vote: PendingVote | null) {
    updateOverlay(traceId, (overlay) => {
      const pendingVotes = new Map(overlay.pendingVotes);
      if (vote) pendingVotes.set(key, vote);
      else pendingVotes.delete(key);
      return { ...overlay, pendingVotes };
    });
  },
  writtenById(traceId: string, id: string): Assessment | undefined {
    return overlays.get().get(traceId)?.written.get(id);
  },
  /** The trace's assessments with this tab's writes, outside React. */
  apply(traceId: string, fromServer: readonly Assessment[]): Assessment[] {
    return applyOverlay(fromServer, overlays.get().get(traceId) ?? EMPTY_OVERLAY);
  },
};

/** The trace's assessments as the server sent them, with this tab's writes applied. */
export function useTraceAssessments(traceId: string, fromServer: readonly Assessment[]): Assessment[] {
  const overlay = useSyncExternalStore(overlays.subscribe, () => overlays.get().get(traceId) ?? EMPTY_OVERLAY, () => EMPTY_OVERLAY);
  return useMemo(() => applyOverlay(fromServer, overlay), [fromServer, overlay]);
}

/** The same for many traces at once (review progress over a list). */
export function useOverlaidTraces<T extends { traceId: string; assessments: Assessment[] }>(traces: readonly T[]): T[] {
  const all = useSyncExternalStore(overlays.subscribe, overlays.get, overlays.get);
  return useMemo(() => traces.map((trace) => (all.has(trace.traceId) ? { ...trace, assessments: applyOverlay(trace.assessments, all.get(trace.traceId)!) } : trace)), [traces, all]);
}

// ---- the state of votes being saved, by vote key ----

export interface VoteStatus {
  state: "saving" | "failed";
  traceId: string;
  message?: string;
  retry?: () => void;
}

const voteStatuses = createStore<ReadonlyMap<string, VoteStatus>>(new Map());

export const voteStatusStore = {
  get: (key: string): VoteStatus | null => voteStatuses.get().get(key) ?? null,
  set(key: string, status: VoteStatus | null) {
    const next = new Map(voteStatuses.get());
    if (status) next.set(key, status);
    else next.delete(key);
    voteStatuses.set(next);
  },
};

export function useVoteStatus(key: string | null): VoteStatus | null {
  return useSyncExternalStore(voteStatuses.subscribe, () => (key ? (voteStatuses.get().get(key) ?? null) : null), () => null);
}

/** True while any vote is on its way to the server. */
export function useVotesSaving(): boolean {
  return useSyncExternalStore(voteStatuses.subscribe, () => [...voteStatuses.get().values()].some((status) => status.state === "saving"), () => false);
}

/** Every vote the server refused or could not be reached for, so none goes unnoticed. */
export function useFailedVotes(): [string, VoteStatus][] {
  const all = useSyncExternalStore(voteStatuses.subscribe, voteStatuses.get, voteStatuses.get);
  return useMemo(() => [...all].filter(([, status]) => status.state === "failed"), [all]);
}

// ---- asking for the annotator's name (the dialog lives in the header) ----

const prompt = createStore<{ open: boolean; reason: string | null; resolvers: ((name: string | null) => void)[] }>({ open: false, reason: null, resolvers: [] });

export const annotatorPrompt = {
  /** Opens the name dialog; resolves with the name, or null when the user closes it. */
  ask(reason: string): Promise<string | null> {
    return new Promise((resolve) => {
      const current = prompt.get();
      prompt.set({ open: true, reason, resolvers: [...current.resolvers, resolve] });
    });
  },
  open() {
    prompt.set({ ...prompt.get(), open: true, reason: null });
  },
  close(name: string | null) {
    const { resolvers } = prompt.get();
    prompt.set({ open: false, reason: null, resolvers: [] });
    resolvers.forEach((resolve) => resolve(name));
  },
};

export function useAnnotatorPrompt() {
  return useSyncExternalStore(prompt.subscribe, prompt.get, prompt.get);
}
