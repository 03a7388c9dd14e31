// Loads a response recorded from the real server (scripts/record-fixtures.mjs). Test-only.
import { readFileSync } from "node:fs";
import path from "node:path";

export function fixtureText(name: string): string {
  return readFileSync(path.join(__dirname, "fixtures", `${name}.json`), "utf8");
}

export function fixture<T>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

export interface FixtureManifest {
  mlflowVersion: string;
  calls: { name: string; method: string; path: string; status: number }[];
}
