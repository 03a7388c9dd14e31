// Names MLflow gives to trace metadata, tags and span attributes, in one place.

export const TRACE_METADATA = {
  user: "mlflow.trace.user",
  session: "mlflow.trace.session",
  tokenUsage: "mlflow.trace.tokenUsage",
  cost: "mlflow.trace.cost",
  sizeStats: "mlflow.trace.sizeStats",
} as const;

export const TRACE_TAGS = {
  name: "mlflow.traceName",
  spansLocation: "mlflow.trace.spansLocation",
} as const;

export const SPAN_ATTRIBUTES = {
  type: "mlflow.spanType",
  inputs: "mlflow.spanInputs",
  outputs: "mlflow.spanOutputs",
  tokenUsage: "mlflow.chat.tokenUsage",
  model: "mlflow.llm.model",
  // OpenTelemetry GenAI conventions, used by spans ingested over OTLP.
  genAiModel: "gen_ai.request.model",
  genAiInputTokens: "gen_ai.usage.input_tokens",
  genAiOutputTokens: "gen_ai.usage.output_tokens",
} as const;
