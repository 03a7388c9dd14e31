// Who is annotating: a trusted header from an SSO proxy when the deployment names one, else the
// name the user entered once (kept in a cookie). Never "default" or empty.

export const ANNOTATOR_COOKIE = "annotator";

export interface Annotator {
  id: string;
  /** True when the identity comes from the deployment's trusted header and cannot be changed in the UI. */
  fromTrustedHeader: boolean;
}

const RESERVED = new Set(["default", "unknown", "anonymous"]);

export function cleanAnnotatorName(raw: string | null | undefined): string | null {
  const name = (raw ?? "").trim();
  if (!name || name.length > 250 || RESERVED.has(name.toLowerCase())) return null;
  return /^[^\u0000-\u001f<>"]+$/.test(name) ? name : null;
}

export function resolveAnnotator(options: { trustedHeaderName?: string; headers: Headers; cookieValue?: string | null }): Annotator | null {
  if (options.trustedHeaderName) {
    const fromHeader = cleanAnnotatorName(options.headers.get(options.trustedHeaderName));
    // With a trusted header configured, the cookie is never a fallback: the proxy is the authority.
    return fromHeader ? { id: fromHeader, fromTrustedHeader: true } : null;
  }
  const fromCookie = cleanAnnotatorName(options.cookieValue ? decodeURIComponent(options.cookieValue) : null);
  return fromCookie ? { id: fromCookie, fromTrustedHeader: false } : null;
}

const ONE_YEAR_S = 365 * 86_400;

/** The Set-Cookie value that keeps the entered name; HttpOnly (GET /api/annotator tells the page). */
export function annotatorCookie(name: string, secure: boolean): string {
  return `${ANNOTATOR_COOKIE}=${encodeURIComponent(name)}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax; HttpOnly${secure ? "; Secure" : ""}`;
}

export const NAME_RULES = "Enter your name or e-mail (up to 250 characters; not empty, not \"default\", \"unknown\" or \"anonymous\", no < > \" or control characters).";
