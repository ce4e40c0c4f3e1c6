// The Go edit the server offers through `workspace/applyEdit`, read from its LSP shape and
// applied to text. Pure: the extension decides with it what VS Code shows and writes.

export interface Position {
  line: number;
  character: number;
}

export interface TextChange {
  range: { start: Position; end: Position };
  newText: string;
}

/** One Go file: created (when absent) or edited, as `server/edits.py` builds it. */
export interface GoOffer {
  uri: string;
  create: boolean;
  /** The version of the open document the edit was computed on; null when read from disk. */
  version: number | null;
  changes: TextChange[];
  /** The server's label, e.g. "Migrate method 'getId' to Go". */
  label: string;
  /** The change annotation's label, which adds the backend, when the server sent one. */
  detail: string | undefined;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): value is Position {
  return isObject(value) && typeof value.line === "number" && typeof value.character === "number";
}

function asChange(value: unknown): TextChange | undefined {
  if (!isObject(value) || typeof value.newText !== "string" || !isObject(value.range)) {
    return undefined;
  }
  const { start, end } = value.range;
  return isPosition(start) && isPosition(end) ? { range: { start, end }, newText: value.newText } : undefined;
}

/**
 * The offer in `ApplyWorkspaceEditParams`, or undefined for any other shape: `documentChanges`
 * holding an optional CreateFile and one TextDocumentEdit of the same file.
 */
export function asGoOffer(params: unknown): GoOffer | undefined {
  if (!isObject(params) || !isObject(params.edit) || !Array.isArray(params.edit.documentChanges)) {
    return undefined;
  }
  const ops: unknown[] = params.edit.documentChanges;
  let created: string | undefined;
  let edit: { uri: string; version: number | null; changes: TextChange[]; annotation?: string } | undefined;
  for (const op of ops) {
    if (!isObject(op)) {
      return undefined;
    }
    if (op.kind === "create" && typeof op.uri === "string" && created === undefined) {
      created = op.uri;
    } else if (op.kind === undefined && isObject(op.textDocument) && Array.isArray(op.edits) && edit === undefined) {
      const { uri, version } = op.textDocument;
      const raw: unknown[] = op.edits;
      const changes = raw.map(asChange);
      if (typeof uri !== "string" || changes.some((c) => c === undefined)) {
        return undefined;
      }
      const first: unknown = raw[0];
      const annotation = isObject(first) && typeof first.annotationId === "string" ? first.annotationId : undefined;
      edit = {
        uri,
        version: typeof version === "number" ? version : null,
        changes: changes as TextChange[],
        annotation,
      };
    } else {
      return undefined;
    }
  }
  if (edit === undefined || (created !== undefined && created !== edit.uri)) {
    return undefined;
  }
  const annotations = params.edit.changeAnnotations;
  const annotation = isObject(annotations) && edit.annotation ? annotations[edit.annotation] : undefined;
  return {
    uri: edit.uri,
    create: created !== undefined,
    version: edit.version,
    changes: edit.changes,
    label: typeof params.label === "string" ? params.label : "",
    detail: isObject(annotation) && typeof annotation.label === "string" ? annotation.label : undefined,
  };
}

interface Line {
  start: number;
  /** Where the line's text ends, before its line break. */
  end: number;
}

/** The lines of `text`; LSP ends lines with \n, \r\n or \r. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      out.push({ start, end: i });
      if (c === "\r" && text[i + 1] === "\n") {
        i++;
      }
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

/** The UTF-16 offset (VS Code's encoding) of an LSP position, clamped to its line's end. */
function offsetAt(text: string, table: Line[], position: Position): number {
  const line = table[position.line];
  return line === undefined ? text.length : Math.min(line.start + position.character, line.end);
}

/** `text` with the changes applied; overlapping changes are an error, as in LSP. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const table = lines(text);
  const spans = changes
    .map((c) => ({ from: offsetAt(text, table, c.range.start), to: offsetAt(text, table, c.range.end), text: c.newText }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.from < at || span.to < span.from) {
      throw new Error("the edit's changes overlap");
    }
    out += text.slice(at, span.from) + span.text;
    at = span.to;
  }
  return out + text.slice(at);
}

/** Equal up to line endings: VS Code writes inserted text with the document's own. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n?/g, "\n") === b.replace(/\r\n?/g, "\n");
}

/**
 * Whether an offer labelled `label` answers the `l2j.migrateToGo` call with `arg`: the server
 * labels it with the code action's title, which names the declaration's last name part.
 */
export function answersMigration(label: string, arg: unknown): boolean {
  const { scope, name } = isObject(arg) ? arg : {};
  if (scope === "file") {
    return label === "Migrate file to Go";
  }
  const short = typeof name === "string" ? name.split(".").pop() : undefined;
  return short !== undefined && short !== "" && label.startsWith("Migrate ") && label.endsWith(` '${short}' to Go`);
}
