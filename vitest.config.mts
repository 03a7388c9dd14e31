import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "app/**/*.test.{ts,tsx}", "scripts/**/*.test.mjs"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".venv/**"],
  },
});
