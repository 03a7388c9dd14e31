// Where the tracking server is and how to authenticate, from MLflow's own environment variables.
// Pure (the caller passes the environment) so it can be tested; only http.ts calls it.

export interface MlflowConfig {
  /** Base URL requests are sent to, without credentials or a trailing slash. */
  baseUrl: string;
  /** What the UI and error messages may show: the server without credentials. */
  display: string;
  authorization: string | null;
  insecureTls: boolean;
  timeoutMs: number;
  databricks: boolean;
}

export class ConfigError extends Error {}

const DEFAULT_URI = "http://127.0.0.1:5000";
// As MLflow's own client: a text search over 100,000 traces can take the server most of a minute.
const DEFAULT_TIMEOUT_S = 120;

type Env = Record<string, string | undefined>;

function truthy(value: string | undefined): boolean {
  return ["1", "true", "yes"].includes((value ?? "").trim().toLowerCase());
}

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
}

function parseHttpUrl(raw: string, variable: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${variable} is not a valid URL. Expected e.g. http://127.0.0.1:5000 or https://mlflow.example.com.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(
      `${variable} uses "${url.protocol}", but the dashboard needs a tracking server over http(s) (or "databricks"). ` +
        "Start one with `mlflow server` and point the variable at it.",
    );
  }
  return url;
}

function timeoutMs(env: Env): number {
  const seconds = Number(env.MLFLOW_HTTP_REQUEST_TIMEOUT ?? DEFAULT_TIMEOUT_S);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_S * 1000;
}

function databricksConfig(env: Env, uri: string): MlflowConfig {
  if (uri !== "databricks") {
    throw new ConfigError('Databricks profiles (databricks://<profile>) are not supported; set MLFLOW_TRACKING_URI=databricks with DATABRICKS_HOST and DATABRICKS_TOKEN.');
  }
  if (!env.DATABRICKS_HOST) throw new ConfigError("MLFLOW_TRACKING_URI=databricks needs DATABRICKS_HOST (e.g. https://my-workspace.cloud.databricks.com).");
  if (!env.DATABRICKS_TOKEN) throw new ConfigError("MLFLOW_TRACKING_URI=databricks needs DATABRICKS_TOKEN (a personal access token).");
  const host = env.DATABRICKS_HOST.includes("://") ? env.DATABRICKS_HOST : `https://${env.DATABRICKS_HOST}`;
  const url = parseHttpUrl(host, "DATABRICKS_HOST");
  return {
    baseUrl: url.origin,
    display: `Databricks ${url.host}`,
    authorization: `Bearer ${env.DATABRICKS_TOKEN}`,
    insecureTls: truthy(env.MLFLOW_TRACKING_INSECURE_TLS),
    timeoutMs: timeoutMs(env),
    databricks: true,
  };
}

export function resolveConfig(env: Env): MlflowConfig {
  const uri = (env.MLFLOW_TRACKING_URI ?? "").trim() || DEFAULT_URI;
  if (uri.startsWith("databricks")) return databricksConfig(env, uri);

  const url = parseHttpUrl(uri, "MLFLOW_TRACKING_URI");
  // Credentials in the URI are used like MLFLOW_TRACKING_USERNAME/PASSWORD and never shown.
  const uriUser = decodeURIComponent(url.username);
  const uriPassword = decodeURIComponent(url.password);
  url.username = "";
  url.password = "";
  url.search = "";
  url.hash = "";
  const baseUrl = url.toString().replace(/\/+$/, "");

  let authorization: string | null = null;
  if (env.MLFLOW_TRACKING_USERNAME && env.MLFLOW_TRACKING_PASSWORD) {
    authorization = basic(env.MLFLOW_TRACKING_USERNAME, env.MLFLOW_TRACKING_PASSWORD);
  } else if (env.MLFLOW_TRACKING_TOKEN) {
    authorization = `Bearer ${env.MLFLOW_TRACKING_TOKEN}`;
  } else if (uriUser) {
    authorization = basic(uriUser, uriPassword);
  }
  return {
    baseUrl,
    display: baseUrl,
    authorization,
    insecureTls: truthy(env.MLFLOW_TRACKING_INSECURE_TLS),
    timeoutMs: timeoutMs(env),
    databricks: false,
  };
}
