import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

import { APPLY_MODES, DEFAULTS, needsRestart, readApplyMode, readSettings, writeLevel } from "../src/core/settings";

/** A reader over a flat `{ "llm.baseUrl": ... }` map, the way VS Code's `get` sees keys. */
function reader(values: Record<string, unknown>): (key: string) => unknown {
  return (key) => values[key];
}

interface ConfigProperty {
  default?: unknown;
  enum?: string[];
  enumDescriptions?: string[];
  scope?: string;
}

function contributed(): Record<string, ConfigProperty> {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    contributes: { configuration: { properties: Record<string, ConfigProperty> } };
  };
  return manifest.contributes.configuration.properties;
}

/** `{llm: {baseUrl: x}}` -> `[["llm.baseUrl", x]]`. */
function flatten(value: object, prefix = ""): [string, unknown][] {
  return Object.entries(value).flatMap(([key, item]): [string, unknown][] =>
    typeof item === "object" && item !== null ? flatten(item as object, `${prefix}${key}.`) : [[`${prefix}${key}`, item]],
  );
}

describe("readSettings", () => {
  it("gives the contract's defaults when nothing is set", () => {
    assert.deepEqual(readSettings(reader({})), DEFAULTS);
  });

  it("nests dotted keys the way the server reads them", () => {
    const settings = readSettings(
      reader({
        backend: "llm",
        "llm.baseUrl": "http://127.0.0.1:8000/v1",
        "llm.model": "m",
        "llm.apiKeyEnv": "MY_KEY",
        "hrm.device": "cuda",
        "go.outDir": "out/go",
        "dataset.record": false,
        "repair.rounds": 5,
      }),
    );
    assert.equal(settings.backend, "llm");
    assert.deepEqual(settings.llm, { baseUrl: "http://127.0.0.1:8000/v1", model: "m", apiKeyEnv: "MY_KEY" });
    assert.equal(settings.hrm.device, "cuda");
    assert.equal(settings.go.outDir, "out/go");
    assert.equal(settings.go.module, "l2jgo");
    assert.equal(settings.dataset.record, false);
    assert.deepEqual(settings.repair, { rounds: 5 });
  });

  it("replaces invalid values with defaults instead of passing them on", () => {
    const settings = readSettings(
      reader({ backend: "gpt", "hrm.device": "tpu", "llm.apiKeyEnv": "not a name", "dataset.record": "yes", "llm.model": "  " }),
    );
    assert.equal(settings.backend, "auto");
    assert.equal(settings.hrm.device, "auto");
    assert.equal(settings.llm.apiKeyEnv, "OPENROUTER_API_KEY");
    assert.equal(settings.dataset.record, true);
    assert.equal(settings.llm.model, DEFAULTS.llm.model);
    for (const rounds of [0, 1.5, "2", null]) {
      assert.equal(readSettings(reader({ "repair.rounds": rounds })).repair.rounds, 3);
    }
  });

  it("never carries an API key: only the variable's name", () => {
    const settings = readSettings(reader({ "llm.apiKey": "sk-secret" }));
    assert.ok(!JSON.stringify(settings).includes("sk-secret"));
  });
});

describe("readApplyMode", () => {
  it("previews unless told to apply at once; a typo previews", () => {
    assert.equal(readApplyMode(reader({})), "preview");
    assert.equal(readApplyMode(reader({ "editor.applyMode": "applyWithUndo" })), "applyWithUndo");
    assert.equal(readApplyMode(reader({ "editor.applyMode": "apply" })), "preview");
  });
});

describe("package.json", () => {
  const properties = contributed();

  it("contributes every contract setting with the contract's default", () => {
    for (const [key, value] of flatten(DEFAULTS)) {
      const property = properties[`l2j.${key}`];
      assert.ok(property, `l2j.${key} is not contributed`);
      assert.deepEqual(property.default, value, `default of l2j.${key}`);
    }
  });

  it("shows backend, device and apply mode as dropdowns with a description per value", () => {
    for (const key of ["l2j.backend", "l2j.hrm.device", "l2j.editor.applyMode"]) {
      const property = properties[key];
      assert.ok(property?.enum);
      assert.equal(property.enumDescriptions?.length, property.enum.length, key);
    }
    assert.deepEqual(properties["l2j.backend"]?.enum, ["auto", "hrm", "llm", "rules"]);
    const mode = properties["l2j.editor.applyMode"];
    assert.ok(mode);
    assert.deepEqual(mode.enum, [...APPLY_MODES]);
    assert.equal(mode.default, "preview");
  });

  it("keeps the server executable out of workspace-only scope", () => {
    assert.equal(properties["l2j.server.path"]?.scope, "machine-overridable");
    assert.equal(properties["l2j.server.pythonPath"]?.scope, "machine-overridable");
  });
});

describe("needsRestart", () => {
  it("restarts for the executable, the interpreter and the key's variable", () => {
    for (const key of ["l2j.server.path", "l2j.server.pythonPath", "l2j.llm.apiKeyEnv"]) {
      assert.equal(needsRestart((section) => section === key), true, key);
    }
  });

  it("leaves settings the server reloads itself to didChangeConfiguration", () => {
    for (const key of ["l2j.backend", "l2j.llm.model", "l2j.go.outDir", "l2j"]) {
      assert.equal(needsRestart((section) => section === key), false, key);
    }
  });
});

describe("writeLevel", () => {
  it("writes where the value in effect comes from", () => {
    assert.equal(writeLevel({ workspaceValue: "llm", globalValue: "hrm" }), "workspace");
    assert.equal(writeLevel({ globalValue: "hrm" }), "global");
    assert.equal(writeLevel({}), "global");
    assert.equal(writeLevel(undefined), "global");
  });
});
