import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  describeLaunch,
  type FileSystem,
  type Launch,
  type LaunchInputs,
  type LaunchResult,
  resolveLaunch,
  serverEnv,
} from "../src/core/launch";

function fakeFs(...executables: string[]): FileSystem {
  const set = new Set(executables);
  return { isExecutable: (file) => set.has(file) };
}

function launchOf(result: LaunchResult): Launch {
  assert.ok(result.ok, result.ok ? "" : result.error);
  return result.launch;
}

function errorOf(result: LaunchResult): string {
  assert.ok(!result.ok, "expected no launch");
  return result.error;
}

function inputs(overrides: Partial<LaunchInputs> = {}): LaunchInputs {
  return {
    serverPath: "",
    pythonPath: "",
    workspaceRoot: "/ws",
    homeDir: "/home/u",
    env: { PATH: "/usr/local/bin:/usr/bin" },
    platform: "linux",
    ...overrides,
  };
}

describe("resolveLaunch", () => {
  it("runs l2j.server.path with `serve`", () => {
    const result = resolveLaunch(inputs({ serverPath: "/opt/l2j/bin/l2j-lsp" }), fakeFs("/opt/l2j/bin/l2j-lsp"));
    assert.deepEqual(result, {
      ok: true,
      launch: { command: "/opt/l2j/bin/l2j-lsp", args: ["serve"], source: "l2j.server.path" },
    });
  });

  it("expands ~ and ${workspaceFolder}, and resolves relative paths against the workspace", () => {
    const fs = fakeFs("/home/u/venv/bin/l2j-lsp", "/ws/.venv/bin/l2j-lsp", "/ws/.venv/bin/python");
    const home = resolveLaunch(inputs({ serverPath: "~/venv/bin/l2j-lsp" }), fs);
    const folder = resolveLaunch(inputs({ serverPath: "${workspaceFolder}/.venv/bin/l2j-lsp" }), fs);
    const relative = resolveLaunch(inputs({ pythonPath: ".venv/bin/python" }), fs);
    assert.equal(launchOf(home).command, "/home/u/venv/bin/l2j-lsp");
    assert.equal(launchOf(folder).command, "/ws/.venv/bin/l2j-lsp");
    assert.deepEqual(launchOf(relative).args, ["-m", "l2j_lsp", "serve"]);
    assert.equal(launchOf(relative).command, "/ws/.venv/bin/python");
  });

  it("reports a configured path that does not exist instead of falling back", () => {
    const result = resolveLaunch(inputs({ serverPath: "/nope/l2j-lsp" }), fakeFs("/usr/bin/l2j-lsp"));
    assert.match(errorOf(result), /l2j\.server\.path.*\/nope\/l2j-lsp/);
  });

  it("prefers server.path over pythonPath over the Python extension", () => {
    const fs = fakeFs("/a/l2j-lsp", "/b/python", "/c/bin/python", "/c/bin/l2j-lsp");
    const both = resolveLaunch(inputs({ serverPath: "/a/l2j-lsp", pythonPath: "/b/python", pythonExtensionInterpreter: "/c/bin/python" }), fs);
    const python = resolveLaunch(inputs({ pythonPath: "/b/python", pythonExtensionInterpreter: "/c/bin/python" }), fs);
    assert.equal(launchOf(both).source, "l2j.server.path");
    assert.equal(launchOf(python).source, "l2j.server.pythonPath");
  });

  it("uses the Python extension's interpreter when l2j-lsp is installed beside it", () => {
    const fs = fakeFs("/venv/bin/python", "/venv/bin/l2j-lsp", "/usr/bin/l2j-lsp");
    const result = resolveLaunch(inputs({ pythonExtensionInterpreter: "/venv/bin/python" }), fs);
    assert.deepEqual(launchOf(result), {
      command: "/venv/bin/python",
      args: ["-m", "l2j_lsp", "serve"],
      source: "python extension",
    });
  });

  it("prefers l2j-lsp on PATH over an interpreter without it, but falls back to that interpreter", () => {
    const withPath = resolveLaunch(
      inputs({ pythonExtensionInterpreter: "/usr/bin/python3" }),
      fakeFs("/usr/bin/python3", "/usr/local/bin/l2j-lsp"),
    );
    assert.deepEqual(launchOf(withPath), { command: "/usr/local/bin/l2j-lsp", args: ["serve"], source: "PATH" });
    const without = resolveLaunch(inputs({ pythonExtensionInterpreter: "/usr/bin/python3" }), fakeFs("/usr/bin/python3"));
    assert.equal(launchOf(without).source, "python extension");
  });

  it("takes the first PATH entry that has the executable", () => {
    const result = resolveLaunch(
      inputs({ env: { PATH: "/empty::/second:/third" } }),
      fakeFs("/second/l2j-lsp", "/third/l2j-lsp"),
    );
    assert.equal(launchOf(result).command, "/second/l2j-lsp");
  });

  it("finds l2j-lsp.exe through Path and PATHEXT on Windows", () => {
    const result = resolveLaunch(
      inputs({
        platform: "win32",
        workspaceRoot: "C:\\ws",
        homeDir: "C:\\Users\\u",
        env: { Path: "C:\\Python311;C:\\Python311\\Scripts", PATHEXT: ".COM;.EXE;.BAT" },
      }),
      fakeFs("C:\\Python311\\Scripts\\l2j-lsp.exe"),
    );
    assert.equal(launchOf(result).command, "C:\\Python311\\Scripts\\l2j-lsp.exe");
  });

  it("says how to fix it when nothing is found", () => {
    const result = resolveLaunch(inputs(), fakeFs());
    assert.match(errorOf(result), /l2j\.server\.path/);
  });
});

describe("serverEnv", () => {
  it("hands the key to the server under the configured variable, without touching the base", () => {
    const base = { PATH: "/usr/bin" };
    const env = serverEnv(base, "MY_KEY", "sk-1");
    assert.equal(env.MY_KEY, "sk-1");
    assert.equal(env.PATH, "/usr/bin");
    assert.deepEqual(base, { PATH: "/usr/bin" });
  });

  it("keeps a key exported in the shell when none is stored", () => {
    const env = serverEnv({ OPENROUTER_API_KEY: "from-shell" }, "OPENROUTER_API_KEY", undefined);
    assert.equal(env.OPENROUTER_API_KEY, "from-shell");
  });
});

describe("describeLaunch", () => {
  it("logs the command, never the environment", () => {
    const line = describeLaunch({ command: "/my venv/python", args: ["-m", "l2j_lsp", "serve"], source: "l2j.server.pythonPath" });
    assert.equal(line, '"/my venv/python" -m l2j_lsp serve (from l2j.server.pythonPath)');
  });
});
