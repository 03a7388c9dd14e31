// The annotator name the browser keeps in a cookie (when no trusted header names the annotator).
import { ANNOTATOR_COOKIE, cleanAnnotatorName } from "./annotator";

/** The annotator name in a `document.cookie` string, if a valid one is set. */
export function annotatorFromCookies(cookies: string): string | null {
  for (const pair of cookies.split(";")) {
    const [name, ...rest] = pair.trim().split("=");
    if (name !== ANNOTATOR_COOKIE) continue;
    try {
      return cleanAnnotatorName(decodeURIComponent(rest.join("=")));
    } catch {
      return null;
    }
  }
  return null;
}

/** The cookie assignment that remembers `name` for a year on this site, or null for an unusable name. */
export function annotatorCookie(name: string): string | null {
  const clean = cleanAnnotatorName(name);
  if (!clean) return null;
  return `${ANNOTATOR_COOKIE}=${encodeURIComponent(clean)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
