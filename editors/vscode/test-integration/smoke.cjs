// Runs the bundled extension (dist/extension.js) under plain Node with a fake `vscode`
// module against the real `l2j-lsp serve` and the repository's loopback OpenAI server:
// activation, the server launch from l2j.server.path, the API key from SecretStorage
// reaching the server, code actions, a migration through the diff preview (Apply, Discard),
// save-after-migrate, the server commands, Cancel and the backend toggle. The real VS Code
// runs the same flows in tests/editors/vscode (make editors-e2e).
// Usage: L2J_LSP=/path/to/l2j-lsp PYTHON=/path/to/python node test-integration/smoke.cjs
"use strict";

const assert = require("node:assert/strict");
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const Module = require("node:module");
const readline = require("node:readline");

const fake = require("./fake-vscode.cjs");

const REPO = path.resolve(__dirname, "..", "..", "..");
const KEY = "sk-smoke-not-secret";
const JAVA = `package com.l2jserver.gameserver.model.items;

public class L2Item {
    private String _name;

    public String getName() {
        return _name;
    }
}
`;

async function waitFor(what, cond, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

/** The loopback OpenAI server from tests/support, answering only with our key. */
async function startLlm(python) {
  const code = [
    "import sys",
    "from tests.support.openai_server import OpenAIServer",
    `s = OpenAIServer(api_key=${JSON.stringify(KEY)}).start()`,
    "from tests.support.openai_server import Stall",
    "print(s.base_url, flush=True)",
    "for line in sys.stdin:",
    "    if line.strip() == 'stall':",
    "        s.enqueue(Stall())",
    "        print('stalling', flush=True)",
    "s.stop()",
  ].join("\n");
  const child = spawn(python, ["-c", code], { cwd: REPO, stdio: ["pipe", "pipe", "inherit"] });
  const lines = readline.createInterface({ input: child.stdout });
  const nextLine = () =>
    new Promise((resolve, reject) => {
      lines.once("line", resolve);
      child.once("exit", (c) => reject(new Error(`the OpenAI test server exited with ${c}`)));
    });
  const baseUrl = (await nextLine()).trim();
  return {
    baseUrl,
    /** The next completion request gets headers and one chunk, then silence. */
    async stallNext() {
      child.stdin.write("stall\n");
      await nextLine();
    },
    stop: () => child.stdin.end(),
  };
}

async function main() {
  const server = process.env.L2J_LSP;
  const python = process.env.PYTHON;
  assert.ok(server && python, "set L2J_LSP and PYTHON");
  const llm = await startLlm(python);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "l2j-vscode-smoke-"));
  const javaPath = path.join(workspace, "src/com/l2jserver/gameserver/model/items/L2Item.java");
  fs.mkdirSync(path.dirname(javaPath), { recursive: true });
  fs.writeFileSync(javaPath, JAVA);
  fs.mkdirSync(path.join(workspace, ".l2j"));

  const { vscode, record, settings } = fake;
  fake.setWorkspace(workspace);
  Object.assign(settings, {
    "l2j.server.path": server,
    "l2j.backend": "llm",
    "l2j.llm.baseUrl": llm.baseUrl,
    "l2j.llm.model": "test/model",
    "l2j.llm.apiKeyEnv": "L2J_SMOKE_KEY",
  });
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === "vscode" ? vscode : load.call(this, request, ...rest);
  };
  const extension = require("../dist/extension.js");
  const context = {
    subscriptions: [],
    secrets: {
      get: async (key) => (key === "l2j.llm.apiKey" ? KEY : undefined),
      store: async () => undefined,
      delete: async () => undefined,
      onDidChange: new vscode.EventEmitter().event,
    },
  };
  const check = (name) => console.log(`ok - ${name}`);
  try {
    await extension.activate(context);
    await waitFor("the server to run", () => record.contexts["l2j.serverRunning"] === true);
    assert.ok(record.output.some((l) => l.includes(`Starting ${server} serve (from l2j.server.path)`)));
    assert.match(record.statusTexts.at(-1), /arrow-swap\) L2J: LLM$/);
    check("activates and starts the server from l2j.server.path");

    const doc = fake.textDocument(vscode.Uri.file(javaPath), "java", JAVA);
    fake.openDocument(doc);
    const line = JAVA.split("\n").findIndex((l) => l.includes("getName"));
    // The client registers its providers as the server's capabilities arrive.
    await waitFor("the code action provider", () => fake.providers.codeActions.length > 0);
    const provider = fake.providers.codeActions[0];
    const token = new vscode.CancellationTokenSource().token;
    const context_ = { diagnostics: [], only: undefined, triggerKind: 1 };
    const actions = await provider.provideCodeActions(doc, new vscode.Range(line, 20, line, 20), context_, token);
    const titles = actions.map((a) => a.title);
    for (const title of ["Migrate method 'getName' to Go", "Migrate class 'L2Item' to Go", "Migrate file to Go"]) {
      assert.ok(titles.includes(title), `missing ${title} in ${JSON.stringify(titles)}`);
    }
    check("code actions");

    const method = actions.find((a) => a.title.startsWith("Migrate method"));
    fake.answerMessage("Apply");
    const result = await vscode.commands.executeCommand(method.command.command, ...method.command.arguments);
    assert.equal(result.status, "applied", JSON.stringify(result));
    assert.equal(result.backend, "llm");
    const [diff] = record.diffs;
    assert.equal(diff.title, "l2_item.go: Migrate method 'getName' to Go (llm)");
    assert.match(diff.text, /Name\(/);
    const prompt = record.messages.find((m) => m.items.includes("Apply"));
    assert.equal(prompt.text, "L2J: Migrate method 'getName' to Go (llm): apply it to go/gameserver/model/items/l2_item.go?");
    assert.equal(prompt.cancellable, false, "the Cancel notification still showed with the preview");
    // The whole edit, none of it left for a confirmation that starts unticked.
    const [edit] = record.edits;
    assert.ok(edit.ops.every((op) => !op.metadata?.needsConfirmation), JSON.stringify(edit.ops));
    const goPath = path.join(workspace, "go/gameserver/model/items/l2_item.go");
    assert.equal(fs.readFileSync(goPath, "utf8"), diff.text);
    assert.ok(record.messages.some((m) => m.text === "L2J: migrated to go/gameserver/model/items/l2_item.go (llm)"));
    check("migration: key from SecretStorage reaches the LLM, the preview's Apply writes and saves the Go");

    await vscode.commands.executeCommand("l2j.datasetStats");
    const stats = /^L2J dataset: .*total: 1; by_status: accepted 1;/;
    assert.ok(record.messages.some((m) => stats.test(m.text)), JSON.stringify(record.messages));
    await vscode.commands.executeCommand("l2j.reloadModel");
    assert.ok(record.messages.some((m) => m.text.startsWith("L2J: the HRM reloads")));
    check("server commands show their results");

    const applied = fs.readFileSync(goPath, "utf8");
    fake.answerMessage("Discard");
    const klass = actions.find((a) => a.title.startsWith("Migrate class"));
    const discarded = await vscode.commands.executeCommand(klass.command.command, ...klass.command.arguments);
    assert.equal(discarded.status, "rejected", JSON.stringify(discarded));
    assert.equal(record.edits.length, 1, "Discard applied an edit");
    assert.equal(fs.readFileSync(goPath, "utf8"), applied);
    assert.ok(record.messages.some((m) => m.text.endsWith("the edit was not applied: discarded in the preview")));
    check("Discard in the preview writes nothing and is reported as rejected");

    await llm.stallNext();
    const editsBefore = record.edits.length;
    // Ours are notifications; the client shows the server's $/progress in the window.
    const notifications = () => record.progress.filter((p) => p.options.location === vscode.ProgressLocation.Notification);
    const shown = notifications().length;
    // The file: the server caches translations, and the method's is cached by now.
    const file = actions.find((a) => a.title === "Migrate file to Go");
    const pending = vscode.commands.executeCommand(file.command.command, ...file.command.arguments);
    pending.catch(() => undefined); // awaited below; a failure before that must not crash Node
    await waitFor("the migration notification", () => notifications().length > shown);
    const notification = notifications().at(-1);
    assert.equal(notification.options.cancellable, true);
    assert.equal(notification.options.title, "L2J: migrating the file to Go");
    await new Promise((r) => setTimeout(r, 500)); // let the request reach the stalled LLM
    notification.source.cancel();
    const cancelled = await pending;
    assert.equal(cancelled.status, "cancelled", JSON.stringify(cancelled));
    assert.equal(record.edits.length, editsBefore, "an edit was sent after the cancel");
    assert.ok(record.messages.some((m) => m.text === "L2J: migration cancelled"));
    check("Cancel on the notification cancels the migration; nothing is applied");

    await vscode.commands.executeCommand("l2j.toggleBackend");
    assert.deepEqual(record.updates.at(-1), { key: "l2j.backend", value: "hrm", target: 1 });
    assert.match(record.statusTexts.at(-1), /L2J: HRM$/);
    check("the status bar toggles the backend");

    assert.ok(!record.output.some((l) => l.includes(KEY)), "the API key reached the log");
    check("the API key is not logged");
  } finally {
    await extension.deactivate();
    llm.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`not ok - ${error.stack ?? error}`);
    console.error(fake.record.output.slice(-40).join("\n"));
    process.exit(1);
  },
);
