import "server-only";
import { Agent, fetch as undiciFetch } from "undici";
import { ConfigError, resolveConfig, type MlflowConfig } from "./config";
import { MlflowError, errorFromResponse, errorFromTransport } from "./errors";
import { processWide } from "@/lib/server/process-wide";

// The only module that reads the environment, holds credentials and sends requests to MLflow.

// One connection pool per process, shared by pages and route handlers (process-wide.ts).
const state = processWide("mlflow.connection", () => ({ cached: null as { config: MlflowConfig; agent: Agent } | null }));

function connection() {
  let cached = state.cached;
  if (!cached) {
    const config = resolveConfig(process.env);
    // Keep connections to the tracking server open between requests, but shorter than the server
    // does: MLflow's uvicorn closes idle connections after 5 s, and a request sent on a connection
    // it is closing fails with "other side closed" (UND_ERR_SOCKET).
    const agent = new Agent({ keepAliveTimeout: 4_000, keepAliveMaxTimeout: 4_000, connections: 16, connect: { rejectUnauthorized: !config.insecureTls } });
    cached = state.cached = { config, agent };
  }
  return cached;
}

/** The configured server as the UI may show it, or the configuration problem. */
export function describeServer(): { server: string; problem: string | null } {
  try {
    return { server: connection().config.display, problem: null };
  } catch (error) {
    if (error instanceof ConfigError) return { server: "(not configured)", problem: error.message };
    throw error;
  }
}

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Overrides the configured timeout, e.g. for large span downloads. */
  timeoutMs?: number;
}

function buildUrl(baseUrl: string, path: string, query: Query | undefined): string {
  const url = new URL(baseUrl + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  return url.toString();
}

async function send(method: string, path: string, options: RequestOptions) {
  let config: MlflowConfig;
  let agent: Agent;
  try {
    ({ config, agent } = connection());
  } catch (error) {
    if (error instanceof ConfigError) throw new MlflowError(500, "CONFIGURATION", error.message);
    throw error;
  }
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  const headers: Record<string, string> = { Accept: "application/json" };
  if (config.authorization) headers.Authorization = config.authorization;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  try {
    const response = await undiciFetch(buildUrl(config.baseUrl, path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      dispatcher: agent,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) throw errorFromResponse(response.status, text, config.display);
    return text;
  } catch (error) {
    if (error instanceof MlflowError) throw error;
    throw errorFromTransport(error, config.display, timeoutMs);
  }
}

/** Sends one request and parses the JSON reply; every failure becomes an MlflowError. */
export async function requestJson<T>(method: "GET" | "POST" | "PATCH" | "DELETE", path: string, options: RequestOptions = {}): Promise<T> {
  const text = await send(method, path, options);
  if (text.trim() === "") return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new MlflowError(502, "BAD_RESPONSE", `The tracking server at ${connection().config.display} sent a reply that is not JSON for ${path}.`);
  }
}

/** For the few plain-text endpoints (/version). */
export async function requestText(path: string, options: RequestOptions = {}): Promise<string> {
  return (await send("GET", path, options)).trim();
}

export { MlflowError };
