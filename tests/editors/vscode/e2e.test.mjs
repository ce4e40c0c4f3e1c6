// The VS Code extension in a real VS Code: code-server 4.100 (VS Code 1.100) with the packaged
// VSIX installed, driven through Debian's chromium by Playwright, against the real
// `l2j-lsp serve` with the rules backend. A user's steps: open a Java file, Ctrl+. on a
// method, then Apply, Discard or close the preview, and Undo in apply-at-once mode; after
// each, the Go file on disk and the pair's status in the dataset. Screenshots of failures go
// to $L2J_E2E_ARTIFACTS.
//
// Run by `make editors-e2e` (which installs code-server and builds the VSIX first):
//   node --test tests/editors/vscode/e2e.test.mjs
import assert from "node:assert/strict";
import { execFile, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const E2E_DIR = process.env.L2J_E2E_DIR ?? path.join(REPO, "build/editors-e2e");
const ARTIFACTS = process.env.L2J_E2E_ARTIFACTS ?? path.join(E2E_DIR, "artifacts");
const L2J_LSP = process.env.L2J_LSP ?? path.join(REPO, ".venv/bin/l2j-lsp");
const VSIX = process.env.L2J_VSIX ?? path.join(REPO, "editors/vscode/l2j-lsp-0.1.0.vsix");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const CODE_SERVER = path.join(E2E_DIR, "node_modules/.bin/code-server");
/** Every wait for the UI or the server gives up after this long, with a screenshot. */
const PATIENCE_MS = 60_000;

const JAVA_REL = "com/l2jserver/gameserver/model/items/L2Item.java";
const GO_REL = "go/gameserver/model/items/l2_item.go";
const JAVA = `package com.l2jserver.gameserver.model.items;

public class L2Item {
    private final int _itemId;
    private String _name;
    private int _weight;

    public L2Item(int itemId, String name) {
        _itemId = itemId;
        _name = name;
    }

    public int getId() {
        return _itemId;
    }

    public String getName() {
        return _name;
    }

    public int getWeight() {
        return _weight;
    }

    public void setWeight(int weight) {
        _weight = weight;
    }
}
`;

const { chromium } = await import(pathToFileURL(path.join(E2E_DIR, "node_modules/playwright-core/index.mjs")).href);

const root = fs.mkdtempSync(path.join(os.tmpdir(), "l2j-vscode-e2e-"));
const workspace = path.join(root, "workspace");
const userData = path.join(root, "user-data");
const goPath = path.join(workspace, GO_REL);
// l2j-lsp is also on code-server's PATH: on a fresh install, code-server's first start now and
// then activates the extension before the user settings' machine-overridable
// `l2j.server.path` is visible (the extension then looks on PATH, as a user's would).
const env = {
  ...process.env,
  PATH: `${path.dirname(L2J_LSP)}${path.delimiter}${process.env.PATH ?? ""}`,
  XDG_CONFIG_HOME: path.join(root, "config"),
  XDG_DATA_HOME: path.join(root, "data"),
};

let codeServer;
let browser;
let page;

function userSettings() {
  fs.writeFileSync(
    path.join(userData, "User/settings.json"),
    JSON.stringify(
      {
        "workbench.startupEditor": "none",
        "workbench.tips.enabled": false,
        "security.workspace.trust.enabled": false,
        "extensions.autoUpdate": false,
        "extensions.autoCheckUpdates": false,
        "extensions.ignoreRecommendations": true,
        "update.mode": "none",
        "telemetry.telemetryLevel": "off",
        "l2j.server.path": L2J_LSP,
        "l2j.backend": "rules",
        "l2j.trace.server": "messages",
      },
      null,
      2,
    ),
  );
}

/** code-server on a free loopback port; resolves with its URL. */
function startCodeServer(extensions) {
  const args = [
    "--auth=none",
    "--bind-addr=127.0.0.1:0",
    `--user-data-dir=${userData}`,
    `--extensions-dir=${extensions}`,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    workspace,
  ];
  codeServer = spawn(CODE_SERVER, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const log = fs.createWriteStream(path.join(root, "code-server.log"));
  codeServer.stderr.pipe(log);
  return new Promise((resolve, reject) => {
    let out = "";
    codeServer.stdout.on("data", (chunk) => {
      out += chunk;
      log.write(chunk);
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]);
    });
    codeServer.once("exit", (code) => reject(new Error(`code-server exited with ${code}:\n${out}`)));
  });
}

/** `l2j-lsp dataset stats` of the workspace's dataset: the pairs by status. */
async function statuses() {
  const dataset = path.join(workspace, ".l2j/dataset.sqlite");
  if (!fs.existsSync(dataset)) return {};
  const { stdout } = await promisify(execFile)(L2J_LSP, ["dataset", "stats", "--json", "--dataset", dataset]);
  return Object.fromEntries(Object.entries(JSON.parse(stdout).by_status).filter(([, n]) => n > 0));
}

/** Polls `read` until `check` holds for what it returns; the last value fails the test. */
async function eventually(what, read, check) {
  const end = Date.now() + PATIENCE_MS;
  let value;
  while (Date.now() < end) {
    value = await read();
    if (check(value)) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(`${what}: still ${JSON.stringify(value)}`);
}

const goText = () => (fs.existsSync(goPath) ? fs.readFileSync(goPath, "utf8") : "");

/** A notification toast holding `text`, the newest first. */
const toast = (text) => page.locator(".notification-toast", { hasText: text }).last();

async function click(locator) {
  await locator.waitFor();
  await locator.click();
}

/** Ctrl+. in the method and the "Migrate method" action, chosen with the keyboard. */
async function migrate(method) {
  const line = JAVA.split("\n").findIndex((l) => l.includes(` ${method}(`)) + 2;
  await page.keyboard.press("Control+G");
  await page.keyboard.type(String(line));
  await page.keyboard.press("Enter");
  const title = `Migrate method '${method}' to Go`;
  const row = page.locator(`.action-widget .monaco-list-row[aria-label="${title}"]`);
  const none = page.locator(".monaco-editor-overlaymessage", { hasText: "No code actions available" });
  // Now and then VS Code answers a Ctrl+. that races its own lightbulb request with "No code
  // actions available" although the server sent the actions (the LSP trace shows them); a
  // user presses it again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("Control+.");
    const shown = await Promise.race([
      row.waitFor().then(() => true, () => false),
      none.waitFor().then(() => false, () => false),
    ]);
    if (shown) break;
    assert.ok(attempt < 3, `Ctrl+. showed "No code actions available" ${attempt} times`);
    console.log(`# Ctrl+. for ${title}: "No code actions available"; pressing it again`);
    // The message goes when the cursor moves; down and up puts it back where it was.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await none.waitFor({ state: "hidden" });
  }
  for (let i = 0; i < 10; i++) {
    const focused = await page.locator(".action-widget .monaco-list-row.focused").getAttribute("aria-label");
    if (focused === title) break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
}

/**
 * The Apply/Discard prompt of the preview, once the Cancel notification is gone. VS Code's own
 * Refactor Preview in its place fails the test at once, naming its ticks: it starts edits
 * that need confirmation unticked, so its Apply wrote nothing.
 */
async function preview(method) {
  const prompt = toast(`L2J: Migrate method '${method}' to Go (rules): apply it to ${GO_REL}?`);
  const refactorPreview = page.locator('.monaco-list[aria-label="Bulk Edit"] input.edit-checkbox');
  // The loser of the race times out later: it resolves rather than rejects.
  const shown = await Promise.race([
    prompt.waitFor().then(() => "ours", () => "nothing"),
    refactorPreview.first().waitFor().then(() => "refactor preview", () => "nothing"),
  ]);
  if (shown === "refactor preview") {
    const ticks = await refactorPreview.evaluateAll((boxes) => boxes.map((box) => box.checked));
    assert.fail(`VS Code's Refactor Preview opened instead of the L2J preview; ticked: ${JSON.stringify(ticks)}`);
  }
  assert.equal(shown, "ours", "no preview of the Go appeared");
  await toast(`L2J: migrating method 'L2Item.${method}' to Go`).waitFor({ state: "hidden" });
  return prompt;
}

/** Runs `body`; on failure saves a screenshot and the page's text for the report. */
async function step(name, body) {
  try {
    await body();
  } catch (error) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name.replace(/\W+/g, "-")}.png`);
    await page?.screenshot({ path: file }).catch(() => undefined);
    const html = await page?.content().catch(() => "");
    fs.writeFileSync(file.replace(/\.png$/, ".html"), html ?? "");
    fs.copyFileSync(path.join(root, "code-server.log"), path.join(ARTIFACTS, "code-server.log"));
    // VS Code's logs, the L2J output channel (the server's log) among them.
    fs.cpSync(path.join(userData, "logs"), path.join(ARTIFACTS, "logs"), { recursive: true });
    error.message += `\n(screenshot: ${file})`;
    throw error;
  }
}

before(async () => {
  for (const file of [L2J_LSP, VSIX, CODE_SERVER, CHROMIUM]) {
    assert.ok(fs.existsSync(file), `${file} is missing: run make editors-e2e`);
  }
  fs.mkdirSync(path.dirname(path.join(workspace, JAVA_REL)), { recursive: true });
  fs.writeFileSync(path.join(workspace, JAVA_REL), JAVA);
  fs.mkdirSync(path.join(userData, "User"), { recursive: true });
  userSettings();
  const extensions = path.join(root, "extensions");
  const install = ["--user-data-dir", userData, "--extensions-dir", extensions, "--install-extension", VSIX];
  assert.match(execFileSync(CODE_SERVER, install, { env }).toString(), /successfully installed/);
  const url = await startCodeServer(extensions);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(PATIENCE_MS);
  await step("open the Java file", async () => {
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".monaco-workbench .part.editor").waitFor();
    await page.keyboard.press("Control+P");
    await page.locator(".quick-input-widget input").fill("L2Item.java");
    await page.locator(".quick-input-list .monaco-list-row", { hasText: "L2Item.java" }).first().waitFor();
    await page.keyboard.press("Enter");
    await page.locator(".tab.active", { hasText: "L2Item.java" }).waitFor();
    // The server is up: the status bar item shows the backend with its switch icon.
    await page.locator(".statusbar-item", { hasText: "L2J: Rules" }).locator(".codicon-arrow-swap").waitFor();
  });
});

after(async () => {
  await browser?.close();
  if (codeServer?.exitCode === null) process.kill(-codeServer.pid);
  fs.rmSync(root, { recursive: true, force: true });
});

describe("VS Code: Migrate to Go", { concurrency: false }, () => {
  it("previews the Go; Apply writes and saves it and records the pair accepted", () =>
    step("apply", async () => {
      await migrate("getId");
      const prompt = await preview("getId");
      const offered = page.locator(".monaco-diff-editor .editor.modified .view-lines");
      await offered.filter({ hasText: "Id() int32" }).waitFor();
      assert.equal(goText(), "", "the preview wrote the Go file");
      await click(prompt.locator(".monaco-button", { hasText: "Apply" }));
      await toast(`L2J: migrated to ${GO_REL} (rules)`).waitFor();
      assert.match(goText(), /func \(l \*L2Item\) Id\(\) int32 \{/);
      await eventually("the pair", statuses, (s) => s.accepted === 1);
      assert.deepEqual(await statuses(), { accepted: 1 });
      await page.locator(".monaco-diff-editor").waitFor({ state: "detached" });
    }));

  it("Discard writes nothing and records the pair rejected", () =>
    step("discard", async () => {
      const before = goText();
      await migrate("getName");
      const prompt = await preview("getName");
      await click(prompt.locator(".monaco-button", { hasText: "Discard" }));
      await toast("L2J: migration discarded").waitFor();
      await eventually("the pairs", statuses, (s) => s.rejected === 1);
      assert.deepEqual(await statuses(), { accepted: 1, rejected: 1 });
      assert.equal(goText(), before);
    }));

  it("closing the preview records the pair rejected", () =>
    step("close", async () => {
      const before = goText();
      await migrate("getWeight");
      await preview("getWeight");
      await click(page.locator(".tab.active").locator(".codicon-close"));
      await eventually("the pairs", statuses, (s) => s.rejected === 2);
      assert.deepEqual(await statuses(), { accepted: 1, rejected: 2 });
      assert.equal(goText(), before);
    }));

  it("applyWithUndo writes at once; Undo puts the file back and records the pair rejected", () =>
    step("undo", async () => {
      const before = goText();
      // Workspace settings, which VS Code watches; the backend changes in the same write, so
      // the status bar shows when it took effect.
      fs.mkdirSync(path.join(workspace, ".vscode"));
      const settings = { "l2j.editor.applyMode": "applyWithUndo", "l2j.backend": "auto" };
      fs.writeFileSync(path.join(workspace, ".vscode/settings.json"), JSON.stringify(settings));
      await page.locator(".statusbar-item", { hasText: "L2J: Auto" }).waitFor();
      await migrate("setWeight");
      const applied = toast(`L2J: migrated to ${GO_REL}`).filter({ has: page.locator(".monaco-button", { hasText: "Undo" }) });
      await applied.waitFor();
      assert.match(goText(), /SetWeight\(weight int32\)/);
      await eventually("the pairs", statuses, (s) => s.accepted === 2);
      await click(applied.locator(".monaco-button", { hasText: "Undo" }));
      await toast(`L2J: migration undone: ${GO_REL}`).waitFor();
      assert.equal(goText(), before);
      await eventually("the pairs", statuses, (s) => s.rejected === 3);
      assert.deepEqual(await statuses(), { accepted: 1, rejected: 3 });
    }));

  it("shows the dataset's counts by status", () =>
    step("stats", async () => {
      await page.keyboard.press("F1");
      await page.locator(".quick-input-widget input").fill(">L2J: Show Dataset Statistics");
      await page.locator(".quick-input-list .monaco-list-row", { hasText: "Show Dataset Statistics" }).first().waitFor();
      await page.keyboard.press("Enter");
      await toast("L2J dataset:").filter({ hasText: "by_status: accepted 1, rejected 3" }).waitFor();
    }));
});
