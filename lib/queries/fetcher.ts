// The browser's only way to the data: our own /api routes. Errors carry the server's message.
import { DASHBOARD_REQUEST_HEADER } from "@/lib/api/request-guards";
import type { ApiErrorBody } from "@/lib/types/api";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function parse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // fall through: not JSON
  }
  if (!response.ok) {
    const error = (body as ApiErrorBody | null)?.error;
    throw new ApiError(response.status, error?.code ?? "HTTP_ERROR", error?.message ?? `The dashboard's server answered HTTP ${response.status}.`);
  }
  return body as T;
}

async function send<T>(method: string, path: string, body: unknown, signal?: AbortSignal, keepalive = false): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      keepalive,
      headers: {
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        // Marks the request as the dashboard's own; the server refuses writes without it.
        ...(method === "GET" ? {} : { [DASHBOARD_REQUEST_HEADER]: "1" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if ((error as Error)?.name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", "The dashboard's server cannot be reached. Is it still running?");
  }
  return parse<T>(response);
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return send<T>("GET", path, undefined, signal);
}

/** `keepalive` lets a small write (a vote) finish even when the page is closed right after it. */
export function sendJson<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown, options: { keepalive?: boolean } = {}): Promise<T> {
  return send<T>(method, path, body, undefined, options.keepalive);
}

/** Builds `/api/...?a=b` leaving out empty parameters. */
export function apiPath(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
