// The status-bar item as a state machine: events in, a view out. Pure, for `node --test`.

import type { Backend } from "./settings";

export type ServerState = "stopped" | "starting" | "running" | "failed";

export interface StatusState {
  server: ServerState;
  backend: Backend;
  /** Migrations in flight. */
  busy: number;
  /** Why the server failed, for the tooltip. */
  error?: string;
}

export type StatusEvent =
  | { type: "starting" }
  | { type: "running" }
  | { type: "stopped" }
  | { type: "failed"; message: string }
  | { type: "backend"; backend: Backend }
  | { type: "migrationStarted" }
  | { type: "migrationFinished" };

export interface StatusView {
  text: string;
  tooltip: string;
  severity: "none" | "warning" | "error";
  command: "l2j.toggleBackend" | "l2j.showLog" | "l2j.restartServer";
}

export const INITIAL: StatusState = { server: "stopped", backend: "auto", busy: 0 };

export function reduce(state: StatusState, event: StatusEvent): StatusState {
  switch (event.type) {
    case "starting":
      return { ...state, server: "starting", busy: 0, error: undefined };
    case "running":
      return { ...state, server: "running", error: undefined };
    case "stopped":
      // A stop after a failure keeps the failure visible until the next start.
      return state.server === "failed" ? { ...state, busy: 0 } : { ...state, server: "stopped", busy: 0 };
    case "failed":
      return { ...state, server: "failed", busy: 0, error: event.message };
    case "backend":
      return { ...state, backend: event.backend };
    case "migrationStarted":
      return { ...state, busy: state.busy + 1 };
    case "migrationFinished":
      return { ...state, busy: Math.max(0, state.busy - 1) };
  }
}

/** The toggle flips HRM and LLM; from `auto` or `rules` it starts at HRM, auto's first choice. */
export function nextBackend(backend: Backend): Backend {
  return backend === "hrm" ? "llm" : "hrm";
}

const LABEL: Record<Backend, string> = { auto: "Auto", hrm: "HRM", llm: "LLM", rules: "Rules" };

export function view(state: StatusState): StatusView {
  const label = LABEL[state.backend];
  switch (state.server) {
    case "failed":
      return {
        text: `$(error) L2J: ${label}`,
        tooltip: `L2J server failed: ${state.error ?? "unknown error"}. Click to show the log.`,
        severity: "error",
        command: "l2j.showLog",
      };
    case "stopped":
      return {
        text: `$(circle-slash) L2J: ${label}`,
        tooltip: "L2J server stopped. Click to restart it.",
        severity: "warning",
        command: "l2j.restartServer",
      };
    case "starting":
      return {
        text: `$(loading~spin) L2J: ${label}`,
        tooltip: "L2J server starting…",
        severity: "none",
        command: "l2j.showLog",
      };
    case "running": {
      const other = LABEL[nextBackend(state.backend)];
      const busy = state.busy > 0 ? ` (${String(state.busy)} migrating)` : "";
      return {
        text: `${state.busy > 0 ? "$(sync~spin)" : "$(arrow-swap)"} L2J: ${label}`,
        tooltip: `L2J backend: ${label}${busy}. Click to switch to ${other}.`,
        severity: "none",
        command: "l2j.toggleBackend",
      };
    }
  }
}
