// Quoting values for MLflow filter strings. MLflow's parser has no escape sequence inside quotes,
// so a value is wrapped in whichever quote character it does not contain.

export class UnquotableValueError extends Error {}

export function quoteValue(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  throw new UnquotableValueError(`The value ${value} contains both ' and ", which MLflow's filter language cannot express.`);
}
