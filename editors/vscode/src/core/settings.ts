// Settings of section `l2j` as the server reads them (CONTRACT.md, "Settings").
// Pure: no `vscode` import, so `node --test` runs it without VS Code.

export const BACKENDS = ["auto", "hrm", "llm", "rules"] as const;
export type Backend = (typeof BACKENDS)[number];

export const HRM_DEVICES = ["auto", "cpu", "cuda", "mps"] as const;
export type HrmDevice = (typeof HRM_DEVICES)[number];

export interface L2jSettings {
  backend: Backend;
  llm: { baseUrl: string; model: string; apiKeyEnv: string };
  hrm: { checkpoint: string; device: HrmDevice };
  go: { outDir: string; module: string; stripPrefix: string };
  dataset: { path: string; record: boolean };
  repair: { rounds: number };
}

export const DEFAULTS: L2jSettings = {
  backend: "auto",
  llm: {
    baseUrl: "https://openrouter.ai/api/v1",
    model: "qwen/qwen-2.5-coder-32b-instruct",
    apiKeyEnv: "OPENROUTER_API_KEY",
  },
  hrm: { checkpoint: "checkpoints/l2j_hrm/best.ckpt", device: "auto" },
  go: { outDir: "go", module: "l2jgo", stripPrefix: "com.l2jserver" },
  dataset: { path: ".l2j/dataset.sqlite", record: true },
  repair: { rounds: 3 },
};

/** Reads one dotted key below `l2j` (e.g. `llm.baseUrl`); `undefined` when unset. */
export type SettingReader = (key: string) => unknown;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isBackend(value: unknown): value is Backend {
  return typeof value === "string" && (BACKENDS as readonly string[]).includes(value);
}

export function isEnvName(value: string): boolean {
  return ENV_NAME.test(value);
}

function str(read: SettingReader, key: string, fallback: string): string {
  const value = read(key);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : fallback;
}

function oneOf<T extends string>(
  read: SettingReader,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = read(key);
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/**
 * The nested `l2j` object for `initializationOptions`. Invalid or empty values fall back to
 * the contract's defaults so a typo in settings.json cannot hand the server a wrong type.
 */
export function readSettings(read: SettingReader): L2jSettings {
  const apiKeyEnv = str(read, "llm.apiKeyEnv", DEFAULTS.llm.apiKeyEnv);
  const record = read("dataset.record");
  const rounds = read("repair.rounds");
  return {
    backend: oneOf(read, "backend", BACKENDS, DEFAULTS.backend),
    llm: {
      baseUrl: str(read, "llm.baseUrl", DEFAULTS.llm.baseUrl),
      model: str(read, "llm.model", DEFAULTS.llm.model),
      apiKeyEnv: isEnvName(apiKeyEnv) ? apiKeyEnv : DEFAULTS.llm.apiKeyEnv,
    },
    hrm: {
      checkpoint: str(read, "hrm.checkpoint", DEFAULTS.hrm.checkpoint),
      device: oneOf(read, "hrm.device", HRM_DEVICES, DEFAULTS.hrm.device),
    },
    go: {
      outDir: str(read, "go.outDir", DEFAULTS.go.outDir),
      module: str(read, "go.module", DEFAULTS.go.module),
      stripPrefix: str(read, "go.stripPrefix", DEFAULTS.go.stripPrefix),
    },
    dataset: {
      path: str(read, "dataset.path", DEFAULTS.dataset.path),
      record: typeof record === "boolean" ? record : DEFAULTS.dataset.record,
    },
    repair: { rounds: typeof rounds === "number" && Number.isInteger(rounds) && rounds >= 1 ? rounds : DEFAULTS.repair.rounds },
  };
}

/** How an offered migration reaches the Go file (`l2j.editor.applyMode`, client-side only). */
export const APPLY_MODES = ["preview", "applyWithUndo"] as const;
export type ApplyMode = (typeof APPLY_MODES)[number];

export function readApplyMode(read: SettingReader): ApplyMode {
  return oneOf(read, "editor.applyMode", APPLY_MODES, "preview");
}

/** Settings whose change needs a new server process rather than didChangeConfiguration. */
export const RESTART_KEYS = ["l2j.server.path", "l2j.server.pythonPath", "l2j.llm.apiKeyEnv"];

/** True when a configuration change touches a key that only a restart applies. */
export function needsRestart(affects: (section: string) => boolean): boolean {
  return RESTART_KEYS.some((key) => affects(key));
}

export type ConfigLevel = "global" | "workspace";

/** The values `WorkspaceConfiguration.inspect` reports, reduced to what the choice needs. */
export interface InspectedValue {
  globalValue?: unknown;
  workspaceValue?: unknown;
}

/**
 * Where a toggle writes: the workspace when it sets the key (a user-level write under a
 * workspace value would change nothing), else user settings, so no repository gets a
 * `.vscode/settings.json` it did not ask for.
 */
export function writeLevel(inspected: InspectedValue | undefined): ConfigLevel {
  return inspected?.workspaceValue !== undefined ? "workspace" : "global";
}
