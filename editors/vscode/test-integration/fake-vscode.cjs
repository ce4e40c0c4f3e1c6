// A stand-in for the `vscode` module, just enough for dist/extension.js and
// vscode-languageclient to run under plain Node against the real server. It records what
// the extension shows and writes so smoke.cjs can check it. Unknown classes become empty
// classes and unknown `register*` functions return a disposable, because the language
// client touches far more of the API than this extension uses.
"use strict";

const path = require("node:path");
const { pathToFileURL, fileURLToPath } = require("node:url");

const record = {
  messages: [],
  output: [],
  contexts: {},
  updates: [],
  edits: [],
  saved: [],
  statusTexts: [],
  progress: [],
  diffs: [],
};

class FakeDisposable {
  constructor(fn) {
    this.fn = fn;
  }
  static from(...items) {
    return new FakeDisposable(() => items.forEach((d) => d?.dispose?.()));
  }
  dispose() {
    this.fn?.();
    this.fn = undefined;
  }
}

class EventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (listener, thisArg, disposables) => {
      const bound = listener.bind(thisArg);
      this.listeners.add(bound);
      const d = new FakeDisposable(() => this.listeners.delete(bound));
      disposables?.push(d);
      return d;
    };
  }
  fire(value) {
    for (const l of [...this.listeners]) l(value);
  }
  dispose() {
    this.listeners.clear();
  }
}

const noEvent = new EventEmitter().event;

class CancellationError extends Error {}

class CancellationTokenSource {
  constructor() {
    const emitter = new EventEmitter();
    this.token = { isCancellationRequested: false, onCancellationRequested: emitter.event };
    this.emitter = emitter;
  }
  cancel() {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose() {}
}

class Uri {
  constructor(scheme, fsPath, query = "") {
    this.scheme = scheme;
    this.fsPath = fsPath;
    this.path = fsPath;
    this.query = query;
  }
  static file(p) {
    return new Uri("file", path.resolve(p));
  }
  static parse(value) {
    return value.startsWith("file:") ? new Uri("file", fileURLToPath(value)) : new Uri(value.split(":")[0], value);
  }
  toString() {
    if (this.scheme === "file") return pathToFileURL(this.fsPath).href;
    return `${this.scheme}:${this.fsPath}${this.query ? `?${this.query}` : ""}`;
  }
  toJSON() {
    return this.toString();
  }
  with(change) {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.fsPath, change.query ?? this.query);
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  constructor(a, b, c, d) {
    [this.start, this.end] = typeof a === "number" ? [new Position(a, b), new Position(c, d)] : [a, b];
  }
}

class WorkspaceEdit {
  constructor() {
    this.ops = [];
  }
  createFile(uri, options, metadata) {
    this.ops.push({ op: "create", uri: uri.toString(), options, metadata });
  }
  replace(uri, range, newText, metadata) {
    this.ops.push({ op: "replace", uri: uri.toString(), range, newText, metadata });
  }
  set(uri, edits) {
    this.ops.push({ op: "set", uri: uri.toString(), edits });
  }
  renameFile() {}
  deleteFile() {}
}

class CodeActionKind {
  constructor(value) {
    this.value = value;
  }
  append(part) {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other) {
    return other.value === this.value || other.value.startsWith(`${this.value}.`);
  }
  intersects(other) {
    return this.contains(other) || other.contains(this);
  }
}
for (const [name, value] of Object.entries({ Empty: "", QuickFix: "quickfix", Refactor: "refactor", RefactorRewrite: "refactor.rewrite", Source: "source" })) {
  CodeActionKind[name] = new CodeActionKind(value);
}

class CodeAction {
  constructor(title, kind) {
    this.title = title;
    this.kind = kind;
  }
}

class ThemeColor {
  constructor(id) {
    this.id = id;
  }
}

/** Documents by URI string: what "opening" a file gives the extension and the client. */
const documents = new Map();

function textDocument(uri, languageId, text) {
  const doc = {
    uri,
    fileName: uri.fsPath,
    languageId,
    version: 1,
    isDirty: false,
    isClosed: false,
    isUntitled: false,
    text,
    getText: () => doc.text,
    get lineCount() {
      return doc.text.split("\n").length;
    },
    async save() {
      require("node:fs").mkdirSync(path.dirname(uri.fsPath), { recursive: true });
      require("node:fs").writeFileSync(uri.fsPath, doc.text);
      doc.isDirty = false;
      record.saved.push(uri.toString());
      return true;
    },
  };
  documents.set(uri.toString(), doc);
  return doc;
}

/** Applies create + whole-text inserts the way VS Code's bulk edit leaves them: dirty, unsaved. */
function applyToDocuments(edit) {
  for (const op of edit.ops) {
    const uri = Uri.parse(op.uri);
    const doc = documents.get(op.uri) ?? textDocument(uri, "go", "");
    if (op.op === "replace") {
      const lines = doc.text.split("\n");
      const offset = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      doc.text = doc.text.slice(0, offset(op.range.start)) + op.newText + doc.text.slice(offset(op.range.end));
      doc.isDirty = true;
      doc.version += 1;
    }
  }
}

const settings = {};
const listeners = { config: new EventEmitter(), open: new EventEmitter() };
const commandRegistry = new Map();
const providers = { codeActions: [] };
const contentProviders = new Map();

function providedText(uri) {
  return contentProviders.get(uri.scheme)?.provideTextDocumentContent(uri);
}
let applyEditAnswer = true;
/** The buttons the "user" clicks on the next messages that offer buttons. */
const messageAnswers = [];

function configuration(section) {
  const prefix = section ? `${section}.` : "";
  const get = (key, fallback) => {
    const full = prefix + key;
    if (full in settings) return settings[full];
    // Nested reads (`get("l2j")`) build the object from the dotted keys, like VS Code.
    const nested = {};
    let found = false;
    for (const [k, v] of Object.entries(settings)) {
      if (!k.startsWith(`${full}.`)) continue;
      found = true;
      let node = nested;
      const parts = k.slice(full.length + 1).split(".");
      parts.slice(0, -1).forEach((p) => (node = node[p] ??= {}));
      node[parts.at(-1)] = v;
    }
    return found ? nested : fallback;
  };
  return {
    get,
    has: (key) => get(key) !== undefined,
    inspect: (key) => ({ key: prefix + key, globalValue: settings[prefix + key] }),
    async update(key, value, target) {
      record.updates.push({ key: prefix + key, value, target });
      settings[prefix + key] = value;
      listeners.config.fire({ affectsConfiguration: (s) => (prefix + key).startsWith(s) });
    },
  };
}

function statusBarItem() {
  const item = { show() {}, hide() {}, dispose() {} };
  let text = "";
  Object.defineProperty(item, "text", {
    get: () => text,
    set: (v) => {
      text = v;
      record.statusTexts.push(v);
    },
  });
  return item;
}

function outputChannel(name) {
  const line = (s) => record.output.push(String(s));
  return {
    name,
    append: line,
    appendLine: line,
    replace: line,
    clear() {},
    show() {},
    hide() {},
    dispose() {},
    trace: line,
    debug: line,
    info: line,
    warn: line,
    error: line,
  };
}

const message = (severity) => async (text, ...items) => {
  // Whether a migration's Cancel notification still shows while this message does (the
  // client's own progress goes to the window).
  const cancellable = record.progress.some((p) => p.options.location === api.ProgressLocation.Notification && !p.settled);
  record.messages.push({ severity, text, items, cancellable });
  return items.length > 0 ? messageAnswers.shift() : undefined;
};

const api = {
  version: "1.82.0",
  Disposable: FakeDisposable,
  EventEmitter,
  CancellationError,
  CancellationTokenSource,
  Uri,
  Position,
  Range,
  WorkspaceEdit,
  CodeAction,
  CodeActionKind,
  CodeActionTriggerKind: { Invoke: 1, Automatic: 2 },
  ThemeColor,
  StatusBarAlignment: { Left: 1, Right: 2 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  env: { appName: "fake", language: "en", machineId: "fake", openExternal: async () => true },
  commands: {
    registerCommand(id, fn) {
      if (commandRegistry.has(id)) throw new Error(`command '${id}' already exists`);
      commandRegistry.set(id, fn);
      return new FakeDisposable(() => commandRegistry.delete(id));
    },
    async executeCommand(id, ...args) {
      if (id === "setContext") {
        record.contexts[args[0]] = args[1];
        return undefined;
      }
      if (id === "vscode.diff") {
        const [left, right, title] = args;
        record.diffs.push({ left: left.toString(), right: right.toString(), title, text: providedText(right) });
        return undefined;
      }
      const fn = commandRegistry.get(id);
      if (!fn) throw new Error(`command '${id}' not found`);
      return fn(...args);
    },
  },
  extensions: { getExtension: () => undefined },
  window: {
    createOutputChannel: outputChannel,
    createStatusBarItem: statusBarItem,
    showInformationMessage: message("info"),
    showWarningMessage: message("warning"),
    showErrorMessage: message("error"),
    showInputBox: async () => undefined,
    showTextDocument: async () => undefined,
    async withProgress(options, task) {
      const source = new CancellationTokenSource();
      const entry = { options, source, settled: false };
      record.progress.push(entry);
      try {
        return await task({ report() {} }, source.token);
      } finally {
        entry.settled = true;
      }
    },
    activeTextEditor: undefined,
    visibleTextEditors: [],
    onDidChangeActiveTextEditor: noEvent,
    onDidChangeVisibleTextEditors: noEvent,
    tabGroups: { all: [], onDidChangeTabs: noEvent, onDidChangeTabGroups: noEvent, close: async () => true },
  },
  workspace: {
    workspaceFolders: undefined,
    get textDocuments() {
      return [...documents.values()];
    },
    getConfiguration: configuration,
    asRelativePath(uri) {
      const root = api.workspace.workspaceFolders?.[0]?.uri.fsPath;
      return root ? path.relative(root, uri.fsPath) : uri.fsPath;
    },
    fs: {
      async stat(uri) {
        return require("node:fs").statSync(uri.fsPath);
      },
    },
    registerTextDocumentContentProvider(scheme, provider) {
      contentProviders.set(scheme, provider);
      return new FakeDisposable(() => contentProviders.delete(scheme));
    },
    onDidChangeConfiguration: listeners.config.event,
    onDidOpenTextDocument: listeners.open.event,
    onDidCloseTextDocument: noEvent,
    onDidChangeTextDocument: noEvent,
    onDidSaveTextDocument: noEvent,
    onWillSaveTextDocument: noEvent,
    onDidChangeWorkspaceFolders: noEvent,
    createFileSystemWatcher: () => ({
      onDidCreate: noEvent,
      onDidChange: noEvent,
      onDidDelete: noEvent,
      dispose() {},
    }),
    async applyEdit(edit, metadata) {
      record.edits.push({ ops: edit.ops, metadata });
      if (applyEditAnswer) applyToDocuments(edit);
      return applyEditAnswer;
    },
    async openTextDocument(uri) {
      return documents.get(uri.toString()) ?? textDocument(uri, "go", "");
    },
  },
  languages: {
    match(selector, doc) {
      const list = Array.isArray(selector) ? selector : [selector];
      return list.some((s) => (typeof s === "string" ? s : s.language) === doc.languageId) ? 10 : 0;
    },
    createDiagnosticCollection: () => ({ set() {}, delete() {}, clear() {}, dispose() {} }),
    registerCodeActionsProvider(selector, provider) {
      providers.codeActions.push(provider);
      return new FakeDisposable(() => providers.codeActions.splice(providers.codeActions.indexOf(provider), 1));
    },
  },
};

// Anything else the client asks for: registrations are no-ops, types are empty classes.
const fallbackClasses = new Map();
function withFallback(target, register) {
  return new Proxy(target, {
    get(obj, key) {
      if (key in obj || typeof key !== "string" || key === "then") return obj[key];
      if (register) return () => new FakeDisposable();
      if (/^[A-Z]/.test(key)) {
        if (!fallbackClasses.has(key)) fallbackClasses.set(key, class {});
        return fallbackClasses.get(key);
      }
      return undefined;
    },
  });
}
api.languages = withFallback(api.languages, true);
api.window = withFallback(api.window, false);
api.workspace = withFallback(api.workspace, false);

module.exports = {
  vscode: withFallback(api, false),
  record,
  settings,
  documents,
  providers,
  commandRegistry,
  textDocument,
  openDocument(doc) {
    listeners.open.fire(doc);
  },
  setWorkspace(dir) {
    api.workspace.workspaceFolders = [{ uri: Uri.file(dir), name: path.basename(dir), index: 0 }];
  },
  answerApplyEdit(value) {
    applyEditAnswer = value;
  },
  /** Queues the button clicked on the next message that offers buttons. */
  answerMessage(item) {
    messageAnswers.push(item);
  },
};
