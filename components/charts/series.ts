// How a chart draws one series: the caller decides the value, label, colour and unit.
export interface Series<Row> {
  key: string;
  label: string;
  color: string;
  value: (row: Row) => number | null;
  /** The exact figure with its unit, for tooltips and accessible names. */
  format: (value: number | null) => string;
}
