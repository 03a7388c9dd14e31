import { describe, expect, it } from "vitest";
import { DASHBOARD_REQUEST_HEADER, EXPERIMENT_ID_PATTERN, ID_PATTERN, credentialParams, crossSiteRefusal } from "./request-guards";

describe("credentialParams", () => {
  it("finds secret-looking query parameters", () => {
    expect(credentialParams(new URLSearchParams("token=a&filter=x&MLFLOW_TRACKING_PASSWORD=b&apiKey=c"))).toEqual(["token", "MLFLOW_TRACKING_PASSWORD", "apiKey"]);
  });
  it("lets ordinary parameters through", () => {
    expect(credentialParams(new URLSearchParams("filter=trace.status%20%3D%20'OK'&pageToken=eyJ&page_token=x&pageSize=50"))).toEqual([]);
  });
});

describe("id patterns", () => {
  it("accept MLflow trace and assessment ids", () => {
    expect(ID_PATTERN.test("tr-d240e2e65f53db60d34a4e2a6cf68555")).toBe(true);
    expect(ID_PATTERN.test("a-ca5107df2f6d4c70bda5bd0af1a2a91b")).toBe(true);
  });
  it("refuse anything that could change a path", () => {
    for (const id of ["../x", "tr-1/../../", "a b", "", "tr-1?x=1", "%2e%2e"]) expect(ID_PATTERN.test(id), id).toBe(false);
    expect(EXPERIMENT_ID_PATTERN.test("12")).toBe(true);
    expect(EXPERIMENT_ID_PATTERN.test("1; drop")).toBe(false);
  });
});

describe("crossSiteRefusal", () => {
  const url = "http://127.0.0.1:3000/api/traces/tr-1/vote";
  const ours = (extra: Record<string, string> = {}) => new Headers({ host: "127.0.0.1:3000", [DASHBOARD_REQUEST_HEADER]: "1", ...extra });

  it("lets reads through, and the dashboard's own writes", () => {
    expect(crossSiteRefusal("GET", new Headers({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }), url)).toBeNull();
    expect(crossSiteRefusal("POST", ours({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }), url)).toBeNull();
    expect(crossSiteRefusal("PUT", ours(), url)).toBeNull();
    // Behind a proxy the browser's host arrives as X-Forwarded-Host.
    expect(crossSiteRefusal("DELETE", ours({ host: "10.0.0.5:3000", "x-forwarded-host": "dash.example.com", origin: "https://dash.example.com" }), url)).toBeNull();
  });
  it("refuses writes from another origin or site", () => {
    expect(crossSiteRefusal("POST", ours({ "sec-fetch-site": "cross-site" }), url)).toContain("Sec-Fetch-Site: cross-site");
    expect(crossSiteRefusal("POST", ours({ "sec-fetch-site": "same-site" }), url)).toContain("another site");
    expect(crossSiteRefusal("PATCH", ours({ origin: "https://evil.example" }), url)).toContain("https://evil.example");
    expect(crossSiteRefusal("POST", ours({ origin: "null" }), url)).toContain("Cross-site request refused");
    expect(crossSiteRefusal("POST", ours({ origin: "http://127.0.0.1:3001" }), url)).toContain("Cross-site");
  });
  it("refuses writes without the dashboard's header", () => {
    expect(crossSiteRefusal("POST", new Headers({ host: "127.0.0.1:3000" }), url)).toContain(DASHBOARD_REQUEST_HEADER);
    expect(crossSiteRefusal("POST", new Headers({ host: "127.0.0.1:3000", [DASHBOARD_REQUEST_HEADER]: "yes" }), url)).toContain(DASHBOARD_REQUEST_HEADER);
  });
});
