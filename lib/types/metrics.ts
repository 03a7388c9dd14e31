/** One row of `traces/metrics`: dimension values and aggregation values as MLflow names them ("AVG", "P95.0"). */
export interface MetricDataPoint {
  metricName: string;
  dimensions: Record<string, string>;
  values: Record<string, number>;
}

export interface MetricPage {
  dataPoints: MetricDataPoint[];
  nextPageToken: string | null;
}
