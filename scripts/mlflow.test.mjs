import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SetupError, findPython, indexUnreachable } from "./mlflow.mjs";

const savedPython = process.env.PYTHON;
afterEach(() => {
  if (savedPython === undefined) delete process.env.PYTHON;
  else process.env.PYTHON = savedPython;
});

function fakePython(version) {
  const dir = mkdtempSync(path.join(tmpdir(), "fake-python-"));
  const file = path.join(dir, "python3");
  writeFileSync(file, `#!/bin/sh\necho ${version}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe("findPython", () => {
  it("says exactly what is missing when there is no Python", () => {
    process.env.PYTHON = "/nonexistent/python3";
    expect(() => findPython()).toThrow(SetupError);
    expect(() => findPython()).toThrow(/Python 3.10 or newer is needed.*not found/);
  });
  it("refuses a Python older than 3.10 with its version", () => {
    process.env.PYTHON = fakePython("3.9");
    expect(() => findPython()).toThrow(/Python 3.9 was found .* needs Python 3.10 or newer/);
  });
  it("accepts 3.10 and newer", () => {
    process.env.PYTHON = fakePython("3.12");
    expect(findPython()).toBe(process.env.PYTHON);
  });
});

describe("indexUnreachable", () => {
  it("recognises pip's network failures", () => {
    expect(indexUnreachable("WARNING: Retrying ... NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')")).toBe(true);
    expect(indexUnreachable("ERROR: No matching distribution found for mlflow==9.9.9")).toBe(false);
  });
});
