// Puts the Go the server offers (`workspace/applyEdit`) into the workspace, as the user chose
// with `l2j.editor.applyMode`: a preview first, or at once with an Undo.
//
// The preview is a diff of the Go file, not VS Code's Refactor Preview: that preview opens
// only for edits that need confirmation, starts exactly those unticked, and offers extensions
// no way to open it ticked, so Apply there wrote nothing (VS Code 1.100, BulkFileOperations).

import * as path from "node:path";
import * as vscode from "vscode";
import type { ApplyWorkspaceEditResult } from "vscode-languageclient/node";

import { applyChanges, type GoOffer, sameText } from "./core/offer";
import type { ApplyMode } from "./core/settings";

/** Scheme of the read-only documents the preview shows: the offered Go, an absent file. */
export const PREVIEW_SCHEME = "l2j-proposed";

type Decision = "apply" | "discard";

/** A migration applied at once, as Undo needs it. */
export interface Applied {
  uri: vscode.Uri;
  /** The file's text before; undefined when the migration created the file. */
  previous: string | undefined;
  text: string;
}

class Refused extends Error {}

export class GoEdits implements vscode.TextDocumentContentProvider, vscode.Disposable {
  /** Texts of the preview documents, by URI. */
  private readonly texts = new Map<string, string>();
  /** Previews awaiting a decision, by the URI of their offered side. */
  private readonly pending = new Map<string, (decision: Decision) => void>();
  /** Migrations applied at once whose result the extension has not shown yet, by Go URI. */
  private readonly applied = new Map<string, Applied>();
  private serial = 0;
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
      vscode.commands.registerCommand("l2j.preview.apply", (uri?: vscode.Uri) => {
        this.decide(uri, "apply");
      }),
      vscode.commands.registerCommand("l2j.preview.discard", (uri?: vscode.Uri) => {
        this.decide(uri, "discard");
      }),
      // Closing the preview discards it.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          if (tab.input instanceof vscode.TabInputTextDiff) {
            this.pending.get(tab.input.modified.toString())?.("discard");
          }
        }
      }),
    ];
  }

  dispose(): void {
    for (const resolve of this.pending.values()) {
      resolve("discard");
    }
    for (const d of this.disposables) {
      d.dispose();
    }
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? "";
  }

  /**
   * Shows or applies `offer` and answers the server: applied only when the Go file holds
   * exactly the offered text, so an edit that was not written is never recorded as accepted.
   */
  async offer(offer: GoOffer, mode: ApplyMode, save: boolean): Promise<ApplyWorkspaceEditResult> {
    try {
      const uri = vscode.Uri.parse(offer.uri);
      const before = await this.currentText(uri, offer);
      const proposed = applyChanges(before ?? "", offer.changes);
      if (mode === "preview" && (await this.preview(uri, offer, before, proposed)) === "discard") {
        return { applied: false, failureReason: "discarded in the preview" };
      }
      await this.write(uri, offer, before, proposed, save);
      if (mode === "applyWithUndo") {
        this.applied.set(uri.toString(), { uri, previous: before, text: proposed });
      }
      return { applied: true };
    } catch (error) {
      if (error instanceof Refused) {
        return { applied: false, failureReason: error.message };
      }
      throw error;
    }
  }

  /** What Undo needs of the migration of `goUri` just applied at once, handed over once. */
  takeApplied(goUri: string): Applied | undefined {
    const applied = this.applied.get(goUri);
    this.applied.delete(goUri);
    return applied;
  }

  /**
   * Puts back the Go file's text from before the migration (or deletes the file it created),
   * unless it changed since. Calls `record` between the revert and the save, so the saved
   * file never counts as a correction of a pair that is still accepted.
   */
  async undo(applied: Applied, save: boolean, record: () => Promise<void>): Promise<string | undefined> {
    const doc = await vscode.workspace.openTextDocument(applied.uri);
    if (!sameText(doc.getText(), applied.text)) {
      return `${vscode.workspace.asRelativePath(applied.uri)} changed since the migration; undo it by hand`;
    }
    const edit = new vscode.WorkspaceEdit();
    if (applied.previous === undefined) {
      edit.deleteFile(applied.uri);
    } else {
      edit.replace(applied.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), applied.previous);
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      return "VS Code did not take the undo";
    }
    await record();
    if (applied.previous !== undefined && save) {
      await doc.save();
    }
    return undefined;
  }

  /** The Go file's text the offer was computed on, or undefined for a file it creates. */
  private async currentText(uri: vscode.Uri, offer: GoOffer): Promise<string | undefined> {
    const name = vscode.workspace.asRelativePath(uri);
    if (offer.create) {
      if (await exists(uri)) {
        throw new Refused(`${name} appeared while the model ran; run the migration again`);
      }
      return undefined;
    }
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(uri);
    } catch {
      throw new Refused(`${name} is gone; run the migration again`);
    }
    if (offer.version !== null && doc.version !== offer.version) {
      throw new Refused(`${name} changed while the model ran; run the migration again`);
    }
    return doc.getText();
  }

  /** A diff of the Go file and the offered text, with Apply and Discard. */
  private async preview(uri: vscode.Uri, offer: GoOffer, before: string | undefined, proposed: string): Promise<Decision> {
    const id = String(++this.serial);
    const offered = uri.with({ scheme: PREVIEW_SCHEME, query: `offered=${id}` });
    const original = before === undefined ? uri.with({ scheme: PREVIEW_SCHEME, query: `absent=${id}` }) : uri;
    const key = offered.toString();
    this.texts.set(key, proposed);
    if (before === undefined) {
      this.texts.set(original.toString(), "");
    }
    const decision = new Promise<Decision>((resolve) => this.pending.set(key, resolve));
    const what = offer.detail ?? offer.label;
    try {
      await vscode.commands.executeCommand("vscode.diff", original, offered, `${path.basename(uri.fsPath)}: ${what}`, {
        preview: false,
      });
      const target = vscode.workspace.asRelativePath(uri);
      void vscode.window
        .showInformationMessage(`L2J: ${what}: apply it to ${target}?`, "Apply", "Discard")
        .then((choice) => this.pending.get(key)?.(choice === "Apply" ? "apply" : "discard"));
      return await decision;
    } finally {
      this.pending.delete(key);
      this.texts.delete(key);
      this.texts.delete(original.toString());
      const tabs = vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === key);
      await vscode.window.tabGroups.close(tabs);
    }
  }

  /**
   * Applies the offer to the text it was computed on (`before`; undefined: no file) and, when
   * asked, saves it; refuses when the file changed meanwhile or the edit did not land.
   */
  private async write(
    uri: vscode.Uri,
    offer: GoOffer,
    before: string | undefined,
    proposed: string,
    save: boolean,
  ): Promise<void> {
    // The user may have edited the Go file while the preview showed.
    if (before !== undefined && (await vscode.workspace.openTextDocument(uri)).getText() !== before) {
      throw new Refused(`${vscode.workspace.asRelativePath(uri)} changed during the preview; run the migration again`);
    }
    const edit = new vscode.WorkspaceEdit();
    if (offer.create) {
      edit.createFile(uri, { overwrite: false, ignoreIfExists: false });
    }
    for (const change of offer.changes) {
      const { start, end } = change.range;
      edit.replace(uri, new vscode.Range(start.line, start.character, end.line, end.character), change.newText);
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      throw new Refused("VS Code did not apply the edit");
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    if (!sameText(doc.getText(), proposed)) {
      throw new Refused(`${vscode.workspace.asRelativePath(uri)} does not hold the offered text`);
    }
    // The bulk edit leaves the file dirty; saving puts it on disk and lets a later edit of
    // it count as a correction.
    if (save && doc.isDirty) {
      await doc.save();
    }
  }

  /** Resolves the preview shown for `uri` (a title-bar button passes it), else the active one. */
  private decide(uri: vscode.Uri | undefined, decision: Decision): void {
    const key = (uri ?? vscode.window.activeTextEditor?.document.uri)?.toString();
    if (key !== undefined) {
      this.pending.get(key)?.(decision);
    }
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
