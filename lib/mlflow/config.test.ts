import { describe, expect, it } from "vitest";
import { ConfigError, resolveConfig } from "./config";

describe("resolveConfig", () => {
  it("defaults to a local server without auth", () => {
    expect(resolveConfig({})).toMatchObject({ baseUrl: "http://127.0.0.1:5000", display: "http://127.0.0.1:5000", authorization: null, databricks: false });
  });

  it("uses Basic auth from username and password, before a token", () => {
    const config = resolveConfig({ MLFLOW_TRACKING_URI: "https://mlflow.example.com/", MLFLOW_TRACKING_USERNAME: "alice", MLFLOW_TRACKING_PASSWORD: "s3cret", MLFLOW_TRACKING_TOKEN: "tok" });
    expect(config.authorization).toBe(`Basic ${Buffer.from("alice:s3cret").toString("base64")}`);
    expect(config.baseUrl).toBe("https://mlflow.example.com");
  });

  it("uses a bearer token", () => {
    expect(resolveConfig({ MLFLOW_TRACKING_URI: "http://h:5000", MLFLOW_TRACKING_TOKEN: "tok" }).authorization).toBe("Bearer tok");
  });

  it("takes credentials out of the URI and never shows them", () => {
    const config = resolveConfig({ MLFLOW_TRACKING_URI: "http://bob:p%40ss@mlflow.internal:5000/prefix" });
    expect(config.authorization).toBe(`Basic ${Buffer.from("bob:p@ss").toString("base64")}`);
    expect(config.display).toBe("http://mlflow.internal:5000/prefix");
    expect(config.baseUrl).not.toContain("bob");
  });

  it("reads Databricks settings", () => {
    const config = resolveConfig({ MLFLOW_TRACKING_URI: "databricks", DATABRICKS_HOST: "adb-1.azuredatabricks.net", DATABRICKS_TOKEN: "dapi123" });
    expect(config).toMatchObject({ baseUrl: "https://adb-1.azuredatabricks.net", authorization: "Bearer dapi123", databricks: true, display: "Databricks adb-1.azuredatabricks.net" });
  });

  it("explains what is missing for Databricks", () => {
    expect(() => resolveConfig({ MLFLOW_TRACKING_URI: "databricks" })).toThrow(/DATABRICKS_HOST/);
    expect(() => resolveConfig({ MLFLOW_TRACKING_URI: "databricks", DATABRICKS_HOST: "h" })).toThrow(/DATABRICKS_TOKEN/);
    expect(() => resolveConfig({ MLFLOW_TRACKING_URI: "databricks://prod" })).toThrow(/profiles/);
  });

  it("refuses URIs that are not a tracking server over http(s), without echoing them", () => {
    expect(() => resolveConfig({ MLFLOW_TRACKING_URI: "sqlite:///mlflow.db" })).toThrow(ConfigError);
    try {
      resolveConfig({ MLFLOW_TRACKING_URI: "file://user:topsecret@x/mlruns" });
    } catch (error) {
      expect((error as Error).message).not.toContain("topsecret");
    }
  });

  it("reads the insecure-TLS switch and the request timeout", () => {
    const config = resolveConfig({ MLFLOW_TRACKING_INSECURE_TLS: "true", MLFLOW_HTTP_REQUEST_TIMEOUT: "5" });
    expect(config.insecureTls).toBe(true);
    expect(config.timeoutMs).toBe(5000);
    expect(resolveConfig({ MLFLOW_HTTP_REQUEST_TIMEOUT: "nonsense" }).timeoutMs).toBe(120_000);
  });
});
