import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { answersMigration, applyChanges, asGoOffer, sameText } from "../src/core/offer";

const URI = "file:///ws/go/gameserver/model/l2_item.go";
const at = (line: number, character: number) => ({ line, character });

/** What server/edits.py sends VS Code for a file it creates. */
const CREATE = {
  label: "Migrate method 'getId' to Go",
  edit: {
    documentChanges: [
      { kind: "create", uri: URI, annotationId: "l2j.migrate" },
      {
        textDocument: { uri: URI, version: null },
        edits: [{ range: { start: at(0, 0), end: at(0, 0) }, newText: "package model\n", annotationId: "l2j.migrate" }],
      },
    ],
    changeAnnotations: {
      "l2j.migrate": { label: "Migrate method 'getId' to Go (rules)", needsConfirmation: true },
    },
  },
};

describe("asGoOffer", () => {
  it("reads the server's create-and-edit offer", () => {
    assert.deepEqual(asGoOffer(CREATE), {
      uri: URI,
      create: true,
      version: null,
      changes: [{ range: { start: at(0, 0), end: at(0, 0) }, newText: "package model\n" }],
      label: "Migrate method 'getId' to Go",
      detail: "Migrate method 'getId' to Go (rules)",
    });
  });

  it("reads an edit of an open file with its version", () => {
    const offer = asGoOffer({
      label: "Migrate file to Go",
      edit: { documentChanges: [{ textDocument: { uri: URI, version: 7 }, edits: [{ range: { start: at(1, 0), end: at(2, 0) }, newText: "" }] }] },
    });
    assert.ok(offer);
    assert.equal(offer.create, false);
    assert.equal(offer.version, 7);
    assert.equal(offer.detail, undefined);
  });

  it("refuses every other shape", () => {
    const edit = CREATE.edit.documentChanges[1];
    for (const params of [
      null,
      { edit: { changes: { [URI]: [] } } },
      { edit: { documentChanges: [edit, edit] } },
      { edit: { documentChanges: [{ kind: "create", uri: "file:///other.go" }, edit] } },
      { edit: { documentChanges: [{ kind: "delete", uri: URI }] } },
      { edit: { documentChanges: [{ textDocument: { uri: URI }, edits: [{ newText: "x" }] }] } },
    ]) {
      assert.equal(asGoOffer(params), undefined, JSON.stringify(params));
    }
  });
});

describe("applyChanges", () => {
  const change = (sl: number, sc: number, el: number, ec: number, newText: string) => ({
    range: { start: at(sl, sc), end: at(el, ec) },
    newText,
  });

  it("applies changes at LSP positions, last first", () => {
    const text = "package model\n\nfunc A() {}\n";
    const out = applyChanges(text, [change(2, 5, 2, 6, "B"), change(0, 8, 0, 13, "items")]);
    assert.equal(out, "package items\n\nfunc B() {}\n");
  });

  it("counts UTF-16 units and every line ending", () => {
    assert.equal(applyChanges("a\r\nb😀c\rd", [change(1, 3, 1, 4, "C"), change(2, 0, 2, 1, "D")]), "a\r\nb😀C\rD");
  });

  it("clamps a position past a line's end to that end", () => {
    assert.equal(applyChanges("ab\ncd", [change(0, 9, 1, 0, "-")]), "ab-cd");
    assert.equal(applyChanges("ab", [change(5, 0, 5, 0, "!")]), "ab!");
  });

  it("refuses overlapping changes", () => {
    assert.throws(() => applyChanges("abcdef", [change(0, 1, 0, 4, "x"), change(0, 3, 0, 5, "y")]), /overlap/);
  });
});

describe("sameText", () => {
  it("ignores line endings only", () => {
    assert.ok(sameText("a\r\nb\n", "a\nb\r\n"));
    assert.ok(!sameText("a\nb", "a\nb\n"));
  });
});

describe("answersMigration", () => {
  it("matches the offer's label to the migration's argument", () => {
    assert.ok(answersMigration("Migrate method 'getId' to Go", { scope: "method", name: "L2Item.getId" }));
    assert.ok(answersMigration("Migrate interface 'Shape' to Go", { scope: "class", name: "geo.Shape" }));
    assert.ok(answersMigration("Migrate file to Go", { scope: "file", name: "" }));
    assert.ok(!answersMigration("Migrate method 'getId' to Go", { scope: "method", name: "L2Item.getName" }));
    assert.ok(!answersMigration("Migrate file to Go", { scope: "method", name: "" }));
    assert.ok(!answersMigration("Migrate method 'x' to Go", undefined));
  });
});
