// Checks on requests to our own API that need no server: pure and unit-tested.

/** Query parameter names that suggest a secret: URLs end up in logs and browser history. */
const CREDENTIAL_PARAM = /(token|password|passwd|secret|authorization|api[-_]?key|credential|session[-_]?key)/i;

/** Our own paging cursor is not a secret, despite its name. */
const NOT_CREDENTIALS = new Set(["pagetoken"]);

export function credentialParams(searchParams: URLSearchParams): string[] {
  const suspicious = [...searchParams.keys()].filter((key) => CREDENTIAL_PARAM.test(key) && !NOT_CREDENTIALS.has(key.toLowerCase().replace(/[^a-z]/g, "")));
  return [...new Set(suspicious)];
}

/** Trace and assessment ids: MLflow's own characters only, so no id can change the path we call. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
export const EXPERIMENT_ID_PATTERN = /^[0-9]{1,19}$/;

/**
 * The header our own pages add to every state-changing request. A cross-site form cannot set it,
 * and a cross-site fetch() that sets it needs a CORS preflight, which the dashboard never grants.
 */
export const DASHBOARD_REQUEST_HEADER = "X-Dashboard-Request";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Why a state-changing request must be refused as cross-site, or null when it may proceed. */
export function crossSiteRefusal(method: string, headers: Headers, requestUrl: string): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    return `Cross-site request refused: the browser reports it comes from another site (Sec-Fetch-Site: ${fetchSite}).`;
  }
  const origin = headers.get("origin");
  if (origin) {
    const hosts = [headers.get("x-forwarded-host"), headers.get("host"), new URL(requestUrl).host].filter((host): host is string => !!host).map((host) => host.split(",")[0].trim().toLowerCase());
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host.toLowerCase();
    } catch {
      originHost = null;
    }
    if (!originHost || !hosts.includes(originHost)) return `Cross-site request refused: it comes from ${origin}, not from this dashboard.`;
  }
  if (headers.get(DASHBOARD_REQUEST_HEADER) !== "1") {
    return `Request refused: changes are accepted only from the dashboard's own pages (header ${DASHBOARD_REQUEST_HEADER}: 1 missing).`;
  }
  return null;
}
