// Where the sessions and users screens live; ids are free text, so they are always URL-encoded.

const experimentPath = (experimentId: string) => `/experiments/${encodeURIComponent(experimentId)}`;

export const sessionHref = (experimentId: string, sessionId: string) => `${experimentPath(experimentId)}/sessions/${encodeURIComponent(sessionId)}`;

export const userHref = (experimentId: string, userId: string) => `${experimentPath(experimentId)}/users/${encodeURIComponent(userId)}`;

export const traceHref = (experimentId: string, traceId: string) => `${experimentPath(experimentId)}/traces/${encodeURIComponent(traceId)}`;

/** The trace list with a filter (and the time range parameters) applied. */
export function traceListHref(experimentId: string, params: URLSearchParams): string {
  const query = params.toString();
  return `${experimentPath(experimentId)}/traces${query ? `?${query}` : ""}`;
}

/** A dynamic route segment as the app receives it (still URL-encoded); a malformed one is kept as is. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
