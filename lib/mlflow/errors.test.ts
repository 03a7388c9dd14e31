import { describe, expect, it } from "vitest";
import { errorFromResponse, errorFromTransport } from "./errors";

const server = "http://mlflow.internal:5000";

describe("errorFromTransport", () => {
  it("names the server when the connection is refused (502)", () => {
    const refused = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    const error = errorFromTransport(refused, server, 30_000);
    expect(error).toMatchObject({ status: 502, code: "UNAVAILABLE" });
    expect(error.message).toBe(`The MLflow tracking server at ${server} is not reachable (connection refused). Check that it is running and that MLFLOW_TRACKING_URI points to it.`);
  });
  it("reports a timeout as 504 with the limit", () => {
    const timeout = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    expect(errorFromTransport(timeout, server, 15_000)).toMatchObject({ status: 504, code: "DEADLINE_EXCEEDED", message: `The MLflow tracking server at ${server} did not answer within 15 s.` });
  });
});

describe("errorFromResponse for replies that are not MLflow's JSON", () => {
  it("keeps the status and a short text of a proxy's HTML page", () => {
    const error = errorFromResponse(403, "<html><body><h1>Invalid Host header - possible DNS rebinding attack detected</h1></body></html>", server);
    expect(error).toMatchObject({ status: 403, code: "PERMISSION_DENIED" });
    expect(error.message).toBe(`The tracking server at ${server} answered HTTP 403: Invalid Host header - possible DNS rebinding attack detected`);
  });
  it("reads FastAPI's {detail} bodies", () => {
    expect(errorFromResponse(422, '{"detail": "bad otlp"}', server)).toMatchObject({ status: 422, message: "bad otlp" });
  });
  it("names an authentication failure", () => {
    expect(errorFromResponse(401, "", server)).toMatchObject({ status: 401, code: "UNAUTHENTICATED", message: `The tracking server at ${server} answered HTTP 401` });
  });
});
