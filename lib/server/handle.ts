import "server-only";
import { z } from "zod";
import { MlflowError } from "@/lib/mlflow/errors";
import { credentialParams, crossSiteRefusal } from "@/lib/api/request-guards";
import type { ApiErrorBody } from "@/lib/types/api";

// Route handlers run their body through handle(): one place turns every failure into a JSON error.

/** A failure a route reports on purpose, with its HTTP status and a code the client can act on. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class BadRequest extends HttpError {
  constructor(message: string, code = "BAD_REQUEST") {
    super(400, code, message);
  }
}

/**
 * State-changing requests (any method but GET/HEAD) must come from the dashboard's own pages: same
 * origin and the X-Dashboard-Request header. Two kinds of route opt out, saying why.
 */
export interface HandleOptions {
  /** A POST that only reads (a query too big for a URL): a cross-site caller cannot see the answer. */
  readOnly?: boolean;
  /** An API for other applications, whose callers prove themselves with a bearer token. */
  tokenAuthenticated?: boolean;
}

function errorResponse(status: number, body: ApiErrorBody["error"]) {
  return Response.json({ error: body } satisfies ApiErrorBody, { status, headers: { "Cache-Control": "no-store" } });
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}

export async function handle(request: Request, run: () => Promise<unknown>, options: HandleOptions = {}): Promise<Response> {
  const refused = credentialParams(new URL(request.url).searchParams);
  if (refused.length > 0) {
    return errorResponse(400, {
      code: "CREDENTIALS_IN_URL",
      message: `Credentials are not accepted in the URL (${refused.join(", ")}). The dashboard authenticates to MLflow itself; remove them.`,
    });
  }
  const crossSite = options.readOnly || options.tokenAuthenticated ? null : crossSiteRefusal(request.method, request.headers, request.url);
  if (crossSite) return errorResponse(403, { code: "CROSS_SITE_REQUEST", message: crossSite });
  try {
    const result = await run();
    if (result instanceof Response) return result;
    return Response.json(result ?? {}, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof z.ZodError) return errorResponse(400, { code: "BAD_REQUEST", message: describeIssues(error) });
    if (error instanceof HttpError) return errorResponse(error.status, { code: error.code, message: error.message });
    if (error instanceof MlflowError) return errorResponse(error.status, { code: error.code, message: error.message, fromMlflow: true });
    console.error("Unexpected error in an API route:", error instanceof Error ? error.message : "unknown error");
    return errorResponse(500, { code: "INTERNAL", message: "The dashboard hit an unexpected error; see its server log." });
  }
}

/** Parses a JSON body with a schema; malformed JSON becomes a 400 with a clear message. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new BadRequest("The request body is not valid JSON.");
  }
  return schema.parse(body);
}

export function parseQuery<T>(request: Request, schema: z.ZodType<T>): T {
  return schema.parse(Object.fromEntries(new URL(request.url).searchParams));
}
