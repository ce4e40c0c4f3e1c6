import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { INITIAL, nextBackend, reduce, type StatusEvent, type StatusState, view } from "../src/core/status";

function run(...events: StatusEvent[]): StatusState {
  return events.reduce(reduce, INITIAL);
}

describe("nextBackend", () => {
  it("toggles HRM and LLM, and starts at HRM from auto or rules", () => {
    assert.equal(nextBackend("hrm"), "llm");
    assert.equal(nextBackend("llm"), "hrm");
    assert.equal(nextBackend("auto"), "hrm");
    assert.equal(nextBackend("rules"), "hrm");
  });
});

describe("status bar", () => {
  it("shows the backend and toggles it while the server runs", () => {
    const v = view(run({ type: "starting" }, { type: "running" }, { type: "backend", backend: "llm" }));
    assert.match(v.text, /L2J: LLM/);
    assert.equal(v.command, "l2j.toggleBackend");
    assert.match(v.tooltip, /switch to HRM/);
    assert.equal(v.severity, "none");
  });

  it("spins while migrations are in flight and never counts below zero", () => {
    const busy = run({ type: "running" }, { type: "migrationStarted" }, { type: "migrationStarted" });
    assert.equal(busy.busy, 2);
    assert.match(view(busy).text, /sync~spin/);
    const done = [{ type: "migrationFinished" }, { type: "migrationFinished" }, { type: "migrationFinished" }] as const;
    const idle = done.reduce(reduce, busy);
    assert.equal(idle.busy, 0);
    assert.doesNotMatch(view(idle).text, /spin/);
  });

  it("keeps a failure visible through the stop that follows it, and clears it on restart", () => {
    const failed = run({ type: "starting" }, { type: "failed", message: "l2j-lsp not found" }, { type: "stopped" });
    assert.equal(failed.server, "failed");
    const v = view(failed);
    assert.equal(v.severity, "error");
    assert.equal(v.command, "l2j.showLog");
    assert.match(v.tooltip, /l2j-lsp not found/);
    const restarted = reduce(failed, { type: "starting" });
    assert.equal(restarted.error, undefined);
    assert.equal(view(restarted).severity, "none");
  });

  it("offers a restart when the server stopped", () => {
    const v = view(run({ type: "running" }, { type: "migrationStarted" }, { type: "stopped" }));
    assert.equal(v.command, "l2j.restartServer");
    assert.equal(v.severity, "warning");
  });

  it("remembers the backend across restarts", () => {
    const state = run({ type: "backend", backend: "hrm" }, { type: "starting" }, { type: "running" });
    assert.match(view(state).text, /L2J: HRM/);
  });
});
