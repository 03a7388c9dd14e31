// The one error type for everything that goes wrong talking to the tracking server.
import type { MlflowErrorBody } from "./wire";

export class MlflowError extends Error {
  constructor(
    /** The HTTP status our API answers with. */
    readonly status: number,
    /** MLflow's error_code, or our own for transport failures (UNAVAILABLE, DEADLINE_EXCEEDED). */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "MlflowError";
  }
}

const MAX_MESSAGE = 2000;

/** A non-2xx reply → MlflowError: MLflow's JSON body when there is one, else its text (e.g. a proxy's page). */
export function errorFromResponse(status: number, bodyText: string, server: string): MlflowError {
  let body: MlflowErrorBody | null = null;
  try {
    const parsed = JSON.parse(bodyText);
    if (parsed && typeof parsed === "object") body = parsed as MlflowErrorBody;
  } catch {
    // not JSON
  }
  if (body?.message || body?.error_code) {
    return new MlflowError(status, body.error_code ?? "UNKNOWN", (body.message ?? body.error_code ?? "").slice(0, MAX_MESSAGE));
  }
  const detail = (body as { detail?: unknown } | null)?.detail;
  if (typeof detail === "string") return new MlflowError(status, "UNKNOWN", detail.slice(0, MAX_MESSAGE));
  const text = bodyText.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 300);
  const code = status === 401 ? "UNAUTHENTICATED" : status === 403 ? "PERMISSION_DENIED" : status === 404 ? "ENDPOINT_NOT_FOUND" : "UNKNOWN";
  return new MlflowError(status, code, `The tracking server at ${server} answered HTTP ${status}${text ? `: ${text}` : ""}`);
}

/** A failed connection or a timeout → 502/504 naming the server (never its credentials). */
export function errorFromTransport(error: unknown, server: string, timeoutMs: number): MlflowError {
  const name = (error as { name?: string })?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new MlflowError(504, "DEADLINE_EXCEEDED", `The MLflow tracking server at ${server} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
  }
  const cause = (error as { cause?: { code?: string } })?.cause;
  const reason = cause?.code === "ECONNREFUSED" ? "connection refused" : cause?.code === "ENOTFOUND" ? "host not found" : cause?.code ?? "network error";
  return new MlflowError(502, "UNAVAILABLE", `The MLflow tracking server at ${server} is not reachable (${reason}). Check that it is running and that MLFLOW_TRACKING_URI points to it.`);
}

/**
 * Whether a reply means the server lacks the endpoint (an MLflow before 3.9, a FileStore, a proxy
 * that blocks it), as opposed to refusing this request. Flask answers an unknown POST path that
 * shadows a GET route (`/traces/<trace_id>`) with 405, FileStores with 501.
 */
export function isMissingEndpoint(error: unknown): boolean {
  if (!(error instanceof MlflowError)) return false;
  return error.status === 405 || error.status === 501 || (error.status === 404 && error.code !== "RESOURCE_DOES_NOT_EXIST");
}
