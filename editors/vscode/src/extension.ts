// VS Code glue: starts `l2j-lsp serve`, wires settings, secrets, the status bar and commands.
// The decisions live in ./core (pure, unit-tested); this file only talks to VS Code.

import * as fs from "node:fs";
import * as os from "node:os";
import * as vscode from "vscode";
import {
  ApplyWorkspaceEditRequest,
  type ApplyWorkspaceEditParams,
  type ApplyWorkspaceEditResult,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
  TransportKind,
} from "vscode-languageclient/node";

import { type Applied, GoEdits } from "./goEdits";
import { describeLaunch, type FileSystem, type Launch, resolveLaunch, serverEnv } from "./core/launch";
import { answersMigration, asGoOffer } from "./core/offer";
import {
  asMigrationResult,
  type MigrationResult,
  formatStats,
  migrationNotice,
  migrationTitle,
  type Notice,
  reloadNotice,
  statsSummary,
} from "./core/results";
import { type Backend, isBackend, needsRestart, readApplyMode, readSettings, writeLevel } from "./core/settings";
import { INITIAL, nextBackend, reduce, type StatusEvent, type StatusState, view } from "./core/status";

/** SecretStorage key of the LLM API key; the value never leaves SecretStorage but for the env. */
const SECRET_API_KEY = "l2j.llm.apiKey";

/** The subset of the `ms-python.python` API we use; that extension is optional. */
interface PythonExtensionApi {
  environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string };
    resolveEnvironment(
      env: { path: string },
    ): Promise<{ executable: { uri?: vscode.Uri } } | undefined>;
    onDidChangeActiveEnvironmentPath: vscode.Event<unknown>;
  };
}

const realFs: FileSystem = {
  isExecutable(file: string): boolean {
    try {
      if (!fs.statSync(file).isFile()) {
        return false;
      }
      if (process.platform !== "win32") {
        fs.accessSync(file, fs.constants.X_OK);
      }
      return true;
    } catch {
      return false;
    }
  },
};

class L2jExtension implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private launch: Launch | undefined;
  private state: StatusState = INITIAL;
  /** Serialises start/stop so quick setting changes cannot run two servers. */
  private queue: Promise<void> = Promise.resolve();
  private readonly statusItem: vscode.StatusBarItem;
  private readonly goEdits = new GoEdits();
  /** Migrations whose Cancel notification shows until their Go is offered or they end. */
  private readonly translating: { arg: unknown; offered: () => void }[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {
    this.statusItem = vscode.window.createStatusBarItem("l2j.status", vscode.StatusBarAlignment.Right, 100);
    this.statusItem.name = "L2J";
    this.statusItem.show();
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
    this.statusItem.dispose();
    this.goEdits.dispose();
  }

  register(): void {
    const cmd = (id: string, fn: () => unknown): void => {
      this.disposables.push(vscode.commands.registerCommand(id, fn));
    };
    cmd("l2j.restartServer", () => this.restart());
    cmd("l2j.setApiKey", () => this.setApiKey());
    cmd("l2j.showLog", () => {
      this.output.show(true);
    });
    cmd("l2j.toggleBackend", () => this.toggleBackend());
    // `l2j.reloadModel`, `l2j.datasetStats` and `l2j.migrateToGo` are the server's commands:
    // the language client registers them from executeCommandProvider; the middleware below
    // shows their results.

    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("l2j.backend")) {
          this.dispatch({ type: "backend", backend: this.currentBackend() });
        }
        if (needsRestart((section) => e.affectsConfiguration(section))) {
          void this.restart();
        }
      }),
      // Fires for L2J: Set API Key here and in other windows: the key lives in the env.
      this.context.secrets.onDidChange((e) => {
        if (e.key === SECRET_API_KEY) {
          void this.restart();
        }
      }),
    );
    this.dispatch({ type: "backend", backend: this.currentBackend() });
  }

  /** Restarts on an interpreter switch unless a setting names the server: discovery may differ. */
  async watchPythonInterpreter(): Promise<void> {
    const api = await pythonApi();
    api?.environments?.onDidChangeActiveEnvironmentPath(
      () => {
        const source = this.launch?.source;
        if (source !== "l2j.server.path" && source !== "l2j.server.pythonPath") {
          void this.restart();
        }
      },
      undefined,
      this.disposables,
    );
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.stopClient();
      await this.startClient();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.stopClient());
  }

  /** Runs `step` after the previous one; a failure is shown and does not block later steps. */
  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step).catch((error: unknown) => {
      this.fail(error instanceof Error ? error.message : String(error));
    });
    return this.queue;
  }

  private dispatch(event: StatusEvent): void {
    this.state = reduce(this.state, event);
    const v = view(this.state);
    this.statusItem.text = v.text;
    this.statusItem.tooltip = v.tooltip;
    this.statusItem.command = v.command;
    this.statusItem.backgroundColor =
      v.severity === "none"
        ? undefined
        : new vscode.ThemeColor(
            v.severity === "error" ? "statusBarItem.errorBackground" : "statusBarItem.warningBackground",
          );
    void vscode.commands.executeCommand("setContext", "l2j.serverRunning", this.state.server === "running");
  }

  private currentBackend(): Backend {
    const value = vscode.workspace.getConfiguration("l2j").get("backend");
    return isBackend(value) ? value : "auto";
  }

  private async toggleBackend(): Promise<void> {
    const config = vscode.workspace.getConfiguration("l2j");
    const next = nextBackend(this.currentBackend());
    const level = writeLevel(config.inspect("backend"));
    await config.update(
      "backend",
      next,
      level === "workspace" ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global,
    );
    // The language client forwards the change through workspace/didChangeConfiguration.
  }

  private async setApiKey(): Promise<void> {
    const envName = readSettings((key) => vscode.workspace.getConfiguration("l2j").get(key)).llm.apiKeyEnv;
    const key = await vscode.window.showInputBox({
      title: "L2J: API key",
      prompt: `Stored in VS Code's secret storage and given to the server as ${envName}. Empty clears it.`,
      password: true,
      ignoreFocusOut: true,
    });
    if (key === undefined) {
      return;
    }
    // secrets.onDidChange restarts the server so the new environment takes effect.
    if (key.trim() === "") {
      await this.context.secrets.delete(SECRET_API_KEY);
      void vscode.window.showInformationMessage("L2J: API key cleared.");
    } else {
      await this.context.secrets.store(SECRET_API_KEY, key.trim());
      void vscode.window.showInformationMessage(`L2J: API key stored; the server gets it as ${envName}.`);
    }
  }

  private async startClient(): Promise<void> {
    this.dispatch({ type: "starting" });
    const config = vscode.workspace.getConfiguration("l2j");
    const settings = readSettings((key) => config.get(key));
    const workspaceRoot = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const resolved = resolveLaunch(
      {
        serverPath: config.get<string>("server.path") ?? "",
        pythonPath: config.get<string>("server.pythonPath") ?? "",
        pythonExtensionInterpreter: await activeInterpreter(),
        workspaceRoot,
        homeDir: os.homedir(),
        env: process.env,
        platform: process.platform,
      },
      realFs,
    );
    if (!resolved.ok) {
      this.launch = undefined;
      this.fail(resolved.error);
      return;
    }
    this.launch = resolved.launch;
    this.output.appendLine(`Starting ${describeLaunch(resolved.launch)}`);

    const apiKey = await this.context.secrets.get(SECRET_API_KEY);
    const serverOptions: ServerOptions = {
      command: resolved.launch.command,
      args: resolved.launch.args,
      transport: TransportKind.stdio,
      options: { cwd: workspaceRoot, env: serverEnv(process.env, settings.llm.apiKeyEnv, apiKey) },
    };
    const clientOptions: LanguageClientOptions = {
      // Java for the code actions; Go so saves of migrated files record corrections.
      documentSelector: [
        { scheme: "file", language: "java" },
        { scheme: "file", language: "go" },
      ],
      initializationOptions: { l2j: settings },
      synchronize: { configurationSection: "l2j" },
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      middleware: {
        executeCommand: async (command, args, next) => {
          if (command !== "l2j.migrateToGo") {
            const result: unknown = await next(command, args);
            this.showCommandResult(command, result);
            return result;
          }
          // `client` is assigned below, before any command can run.
          return this.migrate(client, args);
        },
      },
    };
    const client = new LanguageClient("l2j", "L2J", serverOptions, clientOptions);
    // Replaces the client's own handler, which hands the edit to VS Code's Refactor Preview.
    client.onRequest(ApplyWorkspaceEditRequest.type, (params) => this.onApplyEdit(params));
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        this.dispatch({ type: "running" });
      } else if (e.newState === State.Stopped) {
        this.dispatch({ type: "stopped" });
      }
    });
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * Runs `l2j.migrateToGo` under a notification with a Cancel button (the client shows the
   * server's own progress in the status bar, where VS Code offers no cancel) until the Go is
   * offered: from then on the user answers the offer instead.
   */
  private async migrate(client: LanguageClient, args: unknown[]): Promise<unknown> {
    this.dispatch({ type: "migrationStarted" });
    try {
      let cancelled = false;
      const { reply } = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: migrationTitle(args[0]), cancellable: true },
        async (_progress, token) => {
          token.onCancellationRequested(() => (cancelled = true));
          const reply = client
            .sendRequest(ExecuteCommandRequest.type, { command: "l2j.migrateToGo", arguments: args }, token)
            .catch((error: unknown): unknown => {
              // A cancelled request may end in an error reply; the contract's result says it.
              if (cancelled) {
                return { status: "cancelled", message: "cancelled: nothing was applied" };
              }
              throw error;
            });
          const waiter = { arg: args[0], offered: (): void => undefined };
          const offered = new Promise<void>((resolve) => {
            waiter.offered = resolve;
          });
          this.translating.push(waiter);
          try {
            await Promise.race([reply, offered]);
          } finally {
            this.translating.splice(this.translating.indexOf(waiter), 1);
          }
          return { reply };
        },
      );
      const result: unknown = await reply;
      this.onMigrated(client, result);
      return result;
    } finally {
      this.dispatch({ type: "migrationFinished" });
    }
  }

  /** The server offers a migration's Go: close its Cancel notification, then preview or apply. */
  private async onApplyEdit(params: ApplyWorkspaceEditParams): Promise<ApplyWorkspaceEditResult> {
    const offer = asGoOffer(params);
    const label = params.label ?? "";
    const only = this.translating.length === 1 ? this.translating[0] : undefined;
    const waiter = this.translating.find((w) => answersMigration(label, w.arg)) ?? only;
    waiter?.offered();
    if (offer === undefined) {
      this.output.appendLine(`Refused an edit of an unknown shape from the server: ${label}`);
      return { applied: false, failureReason: "the extension does not know this edit's shape" };
    }
    const config = vscode.workspace.getConfiguration("l2j");
    const mode = readApplyMode((key) => config.get(key));
    return this.goEdits.offer(offer, mode, saveAfterMigrate());
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) {
      return;
    }
    try {
      await client.stop(5000);
    } catch (error) {
      this.output.appendLine(`Stopping the server: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.dispatch({ type: "stopped" });
  }

  private fail(message: string): void {
    this.output.appendLine(`Server not started: ${message}`);
    this.dispatch({ type: "failed", message });
    void vscode.window.showErrorMessage(`L2J: ${message}`, "Open Settings", "Show Log").then((choice) => {
      if (choice === "Open Settings") {
        void vscode.commands.executeCommand("workbench.action.openSettings", "l2j.server");
      } else if (choice === "Show Log") {
        this.output.show(true);
      }
    });
  }

  private showCommandResult(command: string, result: unknown): void {
    if (command === "l2j.datasetStats") {
      const lines = formatStats(result);
      this.output.appendLine("Dataset statistics:");
      for (const line of lines) {
        this.output.appendLine(`  ${line}`);
      }
      void vscode.window
        .showInformationMessage(`L2J dataset: ${statsSummary(result)}`, "Show Log")
        .then((choice) => {
          if (choice === "Show Log") {
            this.output.show(true);
          }
        });
    } else if (command === "l2j.reloadModel") {
      void vscode.window.showInformationMessage(reloadNotice(result));
    }
  }

  /** Tells the result without waiting for the user: the migration ends when the server says. */
  private onMigrated(client: LanguageClient, value: unknown): void {
    const result = asMigrationResult(value);
    if (result === undefined) {
      return;
    }
    const uri = result.goUri ? vscode.Uri.parse(result.goUri) : undefined;
    const notice: Notice = migrationNotice(result, uri && vscode.workspace.asRelativePath(uri));
    const actions: string[] = [];
    let applied: Applied | undefined;
    if (result.status === "applied" && uri !== undefined) {
      actions.push("Open");
      applied = this.goEdits.takeApplied(uri.toString());
      if (applied !== undefined) {
        actions.push("Undo");
      }
    }
    const show = notice.severity === "error" ? vscode.window.showErrorMessage : vscode.window.showInformationMessage;
    void show(notice.text, ...actions).then(async (choice) => {
      if (choice === "Open" && uri !== undefined) {
        await vscode.window.showTextDocument(uri);
      } else if (choice === "Undo" && applied !== undefined) {
        await this.undo(client, applied, result.pairId);
      }
    });
  }

  /** Takes a migration applied at once back: the Go file as it was, the pair rejected. */
  private async undo(client: LanguageClient, applied: Applied, pairId: MigrationResult["pairId"]): Promise<void> {
    let problem: string | undefined;
    try {
      problem = await this.goEdits.undo(applied, saveAfterMigrate(), async () => {
        if (typeof pairId === "number") {
          const args = [{ pairId }];
          await client.sendRequest(ExecuteCommandRequest.type, { command: "l2j.undoMigration", arguments: args });
        }
      });
    } catch (error) {
      problem = `undo failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (problem === undefined) {
      void vscode.window.showInformationMessage(`L2J: migration undone: ${vscode.workspace.asRelativePath(applied.uri)}`);
    } else {
      void vscode.window.showWarningMessage(`L2J: ${problem}`);
    }
  }
}

/** `l2j.editor.saveAfterMigrate`: save the Go file once a migration is applied. */
function saveAfterMigrate(): boolean {
  return vscode.workspace.getConfiguration("l2j").get<boolean>("editor.saveAfterMigrate") ?? true;
}

async function pythonApi(): Promise<PythonExtensionApi | undefined> {
  const extension = vscode.extensions.getExtension<PythonExtensionApi>("ms-python.python");
  if (extension === undefined) {
    return undefined;
  }
  try {
    return extension.isActive ? extension.exports : await extension.activate();
  } catch {
    return undefined;
  }
}

/** The Python extension's active interpreter, or undefined when it is absent or has none. */
async function activeInterpreter(): Promise<string | undefined> {
  const environments = (await pythonApi())?.environments;
  if (environments === undefined) {
    return undefined;
  }
  try {
    const active = environments.getActiveEnvironmentPath(vscode.workspace.workspaceFolders?.[0]?.uri);
    const resolved = await environments.resolveEnvironment(active);
    return resolved?.executable.uri?.fsPath ?? active.path;
  } catch {
    return undefined;
  }
}

let extension: L2jExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("L2J");
  extension = new L2jExtension(context, output);
  context.subscriptions.push(output, extension);
  extension.register();
  await extension.watchPythonInterpreter();
  // Not awaited: activation should not wait for the server; failures show in the status bar.
  void extension.restart();
}

export async function deactivate(): Promise<void> {
  await extension?.stop();
}
