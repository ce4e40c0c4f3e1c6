import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  asMigrationResult,
  formatStats,
  migrationNotice,
  migrationTitle,
  reloadNotice,
  statsSummary,
} from "../src/core/results";

describe("migration results", () => {
  it("accepts the contract's shape only", () => {
    assert.ok(asMigrationResult({ status: "applied", goUri: "file:///ws/go/a.go" }));
    assert.equal(asMigrationResult({ status: "done" }), undefined);
    assert.equal(asMigrationResult(null), undefined);
    assert.equal(asMigrationResult("applied"), undefined);
  });

  it("names the Go file and the backend when applied", () => {
    const notice = migrationNotice({ status: "applied", goUri: "file:///ws/go/model/l2_item.go", backend: "llm" });
    assert.deepEqual(notice, { severity: "info", text: "L2J: migrated to l2_item.go (llm)" });
    const named = migrationNotice({ status: "applied", backend: "rules" }, "go/gameserver/model/l2_item.go");
    assert.equal(named.text, "L2J: migrated to go/gameserver/model/l2_item.go (rules)");
  });

  it("reports failures as errors with the server's message", () => {
    const notice = migrationNotice({ status: "failed", backend: "hrm", message: "Go does not parse" });
    assert.equal(notice.severity, "error");
    assert.match(notice.text, /failed \(hrm\): Go does not parse/);
  });

  it("treats discard and cancel as information", () => {
    assert.equal(migrationNotice({ status: "rejected" }).severity, "info");
    assert.match(migrationNotice({ status: "cancelled" }).text, /cancelled/);
  });
});

describe("formatStats", () => {
  it("prints nested objects as indented key: value lines", () => {
    const lines = formatStats({ pairs: 3, by_status: { accepted: 2, corrected: 1 }, path: ".l2j/dataset.sqlite" });
    assert.deepEqual(lines, ["pairs: 3", "by_status:", "  accepted: 2", "  corrected: 1", "path: .l2j/dataset.sqlite"]);
  });

  it("copes with any JSON value", () => {
    assert.deepEqual(formatStats(null), ["null"]);
    assert.deepEqual(formatStats(7), ["7"]);
    assert.deepEqual(formatStats({ empty: {} }), ["empty: {}"]);
  });
});

describe("statsSummary", () => {
  it("puts the nested counts on the line, without the zeros", () => {
    const stats = {
      path: "/ws/.l2j/dataset.sqlite",
      total: 2,
      by_status: { suggested: 0, accepted: 1, rejected: 1, corrected: 0 },
      by_backend: { rules: 2 },
      trainable: 1,
    };
    assert.equal(
      statsSummary(stats),
      "path: /ws/.l2j/dataset.sqlite; total: 2; by_status: accepted 1, rejected 1; by_backend: rules 2; trainable: 1",
    );
    assert.equal(statsSummary({ total: 0, by_status: { accepted: 0 } }), "total: 0; by_status: none");
    assert.equal(statsSummary(null), "null");
  });
});

describe("reloadNotice", () => {
  it("names the checkpoint the server will load", () => {
    assert.equal(
      reloadNotice({ status: "reloaded", checkpoint: "/ws/checkpoints/l2j_hrm/best.ckpt" }),
      "L2J: the HRM reloads /ws/checkpoints/l2j_hrm/best.ckpt on its next use",
    );
    assert.equal(reloadNotice(null), "L2J: the HRM reloads on its next use");
  });
});

describe("migrationTitle", () => {
  it("names the declaration from the command's argument", () => {
    assert.equal(migrationTitle({ scope: "method", name: "getName" }), "L2J: migrating method 'getName' to Go");
    assert.equal(migrationTitle({ scope: "class", name: "" }), "L2J: migrating the class to Go");
    assert.equal(migrationTitle({ scope: "file", name: "" }), "L2J: migrating the file to Go");
    assert.equal(migrationTitle(undefined), "L2J: migrating the file to Go");
  });
});
