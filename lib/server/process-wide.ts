// Next.js bundles a server module once for pages and once more for route handlers, so a module-level
// cache or lock exists twice in one process: a trace warmed while rendering the page was fetched
// again by the API route. State that must be shared lives on globalThis under a registered symbol.

/** The one instance of `name` in this process, created on first use. */
export function processWide<T>(name: string, create: () => T): T {
  const key = Symbol.for(`mlflow-trace-dashboard.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[key] ??= create());
}
