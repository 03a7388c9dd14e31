// Who may use the feedback API for applications: callers presenting the bearer token configured on
// the dashboard (FEEDBACK_API_TOKEN). Compared in constant time; the token never appears in a message.
import { createHash, timingSafeEqual } from "node:crypto";

export interface AuthRefusal {
  status: 401 | 503;
  code: string;
  message: string;
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/** Equal-length digests, so neither the length nor the first differing byte shows in the timing. */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function applicationAuthRefusal(authorization: string | null, configuredToken: string | undefined): AuthRefusal | null {
  if (!configuredToken) {
    return { status: 503, code: "FEEDBACK_API_DISABLED", message: "The feedback API is switched off: this deployment has not set FEEDBACK_API_TOKEN on the dashboard's server." };
  }
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return { status: 401, code: "UNAUTHENTICATED", message: "Missing credentials: send the feedback API token as 'Authorization: Bearer <token>'." };
  if (!tokensMatch(match[1], configuredToken)) return { status: 401, code: "UNAUTHENTICATED", message: "The bearer token is not the feedback API token this dashboard is configured with." };
  return null;
}
