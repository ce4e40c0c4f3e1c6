// Which process runs `l2j-lsp serve`, and with which environment. Pure: the file system,
// PATH and platform come in as arguments so tests can fake them.

import * as path from "node:path";

export type Env = Record<string, string | undefined>;

export interface FileSystem {
  /** True for an existing regular file the user may execute. */
  isExecutable(file: string): boolean;
}

export interface LaunchInputs {
  /** `l2j.server.path`; empty when unset. */
  serverPath: string;
  /** `l2j.server.pythonPath`; empty when unset. */
  pythonPath: string;
  /** The Python extension's active interpreter, when that extension is installed. */
  pythonExtensionInterpreter?: string;
  workspaceRoot?: string;
  homeDir: string;
  env: Env;
  platform: NodeJS.Platform;
}

export type LaunchSource = "l2j.server.path" | "l2j.server.pythonPath" | "python extension" | "PATH";

export interface Launch {
  command: string;
  args: string[];
  source: LaunchSource;
}

export type LaunchResult = { ok: true; launch: Launch } | { ok: false; error: string };

export const EXECUTABLE = "l2j-lsp";
const SERVE = ["serve"];
const PYTHON_SERVE = ["-m", "l2j_lsp", "serve"];

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === "win32" ? path.win32 : path.posix;
}

/** Expands `~` and `${workspaceFolder}`; relative paths resolve against the workspace root. */
export function expandPath(value: string, inputs: LaunchInputs): string {
  const p = pathApi(inputs.platform);
  let out = value.trim();
  if (inputs.workspaceRoot !== undefined) {
    out = out.split("${workspaceFolder}").join(inputs.workspaceRoot);
  }
  if (out === "~" || out.startsWith("~/") || out.startsWith("~\\")) {
    out = p.join(inputs.homeDir, out.slice(1));
  }
  if (!p.isAbsolute(out) && inputs.workspaceRoot !== undefined) {
    out = p.resolve(inputs.workspaceRoot, out);
  }
  return out;
}

/** Names an executable may have: Windows adds the PATHEXT suffixes. */
function candidateNames(base: string, inputs: LaunchInputs): string[] {
  if (inputs.platform !== "win32") {
    return [base];
  }
  const pathext = inputs.env.PATHEXT ?? inputs.env.Pathext ?? ".COM;.EXE;.BAT;.CMD";
  const exts = pathext.split(";").filter((ext) => ext !== "");
  return [...exts.map((ext) => base + ext.toLowerCase()), base];
}

/** First directory of PATH holding an executable `name`. */
export function findOnPath(name: string, inputs: LaunchInputs, fs: FileSystem): string | undefined {
  const p = pathApi(inputs.platform);
  // Windows keeps the variable as `Path`; Node's env object is case-insensitive there but a
  // plain object (our tests, and a copied env) is not.
  const pathVar = inputs.env.PATH ?? inputs.env.Path ?? "";
  const delimiter = inputs.platform === "win32" ? ";" : ":";
  for (const dir of pathVar.split(delimiter)) {
    if (dir === "") {
      continue;
    }
    for (const candidate of candidateNames(name, inputs)) {
      const file = p.join(dir, candidate);
      if (fs.isExecutable(file)) {
        return file;
      }
    }
  }
  return undefined;
}

/** `l2j-lsp` next to an interpreter: evidence that the package is installed for it. */
function hasSiblingServer(interpreter: string, inputs: LaunchInputs, fs: FileSystem): boolean {
  const p = pathApi(inputs.platform);
  const dir = p.dirname(interpreter);
  return candidateNames(EXECUTABLE, inputs).some((name) => fs.isExecutable(p.join(dir, name)));
}

/**
 * Settings win over discovery: `l2j.server.path`, then `l2j.server.pythonPath`, then the
 * Python extension's interpreter when `l2j-lsp` is installed beside it, then `l2j-lsp` on PATH,
 * then that interpreter anyway (`pip install --user` puts the script elsewhere).
 * A path the user set but that does not exist is an error, not a silent fallback.
 */
export function resolveLaunch(inputs: LaunchInputs, fs: FileSystem): LaunchResult {
  if (inputs.serverPath.trim() !== "") {
    const command = expandPath(inputs.serverPath, inputs);
    return fs.isExecutable(command)
      ? { ok: true, launch: { command, args: SERVE, source: "l2j.server.path" } }
      : { ok: false, error: `l2j.server.path: no executable at ${command}` };
  }
  if (inputs.pythonPath.trim() !== "") {
    const command = expandPath(inputs.pythonPath, inputs);
    return fs.isExecutable(command)
      ? { ok: true, launch: { command, args: PYTHON_SERVE, source: "l2j.server.pythonPath" } }
      : { ok: false, error: `l2j.server.pythonPath: no executable at ${command}` };
  }
  const interpreter = inputs.pythonExtensionInterpreter;
  const usable = interpreter !== undefined && fs.isExecutable(interpreter);
  if (usable && hasSiblingServer(interpreter, inputs, fs)) {
    return { ok: true, launch: { command: interpreter, args: PYTHON_SERVE, source: "python extension" } };
  }
  const onPath = findOnPath(EXECUTABLE, inputs, fs);
  if (onPath !== undefined) {
    return { ok: true, launch: { command: onPath, args: SERVE, source: "PATH" } };
  }
  if (usable) {
    return { ok: true, launch: { command: interpreter, args: PYTHON_SERVE, source: "python extension" } };
  }
  return {
    ok: false,
    error:
      "l2j-lsp not found: install it (pip install l2j-lsp) or set l2j.server.path " +
      "(the executable) or l2j.server.pythonPath (a Python that has it installed).",
  };
}

/**
 * The server's environment: the editor's own, plus the API key under the variable the settings
 * name. Without a stored key the inherited environment stays as it is, so a key exported in
 * the shell still reaches the server.
 */
export function serverEnv(base: Env, apiKeyEnv: string, apiKey: string | undefined): Env {
  const env: Env = { ...base };
  if (apiKey !== undefined && apiKey !== "") {
    env[apiKeyEnv] = apiKey;
  }
  return env;
}

/** One line for the log: the command, never the environment (it may hold the key). */
export function describeLaunch(launch: Launch): string {
  const quote = (s: string): string => (/\s/.test(s) ? JSON.stringify(s) : s);
  return `${[launch.command, ...launch.args].map(quote).join(" ")} (from ${launch.source})`;
}
