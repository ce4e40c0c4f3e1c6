"""The "Fix with <backend>" quick fix (issue 11): on a diagnostic of source `l2j` in a Java
file (the background check publishes them), ``l2j.repair {uri, range, diagnostics}`` finds
the Go function the Java line migrated to through the module's source map, runs the repair
loop (module/repair.py) with progress and cancel, and offers the fixed Go as a workspace
edit. A fix the user accepts is recorded as a `corrected` pair with the compiler errors it
fixed, and the source map follows the edit."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from lsprotocol.converters import get_converter
from pygls.uris import from_fs_path, to_fs_path

from l2j_lsp.backends.base import BackendError
from l2j_lsp.module.check import SOURCEMAP, SourceMap
from l2j_lsp.module.repair import RepairResult, Target, func_in, remap_entry, repair
from l2j_lsp.server.command_args import CommandError
from l2j_lsp.server.edits import build_edit
from l2j_lsp.server.progress import CancelScope, Progress
from l2j_lsp.settings import Settings

if TYPE_CHECKING:
    from l2j_lsp.server.app import L2jServer

log = logging.getLogger("l2j.repair")

COMMAND = "l2j.repair"
KIND = types.CodeActionKind.QuickFix
SOURCE = "l2j"


def backend_label(settings: Settings) -> str | None:
    """Who the fix asks: the LLM (also inside `auto`), the HRM; rules cannot repair."""
    return {"llm": "llm", "auto": "llm", "hrm": "hrm"}.get(settings.backend)


def fix_actions(
    uri: str,
    diagnostics: Sequence[types.Diagnostic],
    only: Sequence[str] | None,
    settings: Settings,
) -> list[types.CodeAction]:
    """One "Fix with ..." action per `l2j` diagnostic in the request's context."""
    mine = [d for d in diagnostics if d.source == SOURCE]
    label = backend_label(settings)
    if not mine or label is None:
        return []
    if only and not any(k == KIND or KIND.startswith(f"{k}.") for k in only):
        return []
    converter = get_converter()
    out = []
    for d in mine:
        title = f"Fix with {label}"
        argument = {
            "uri": uri,
            "range": converter.unstructure(d.range),
            "diagnostics": [converter.unstructure(d)],
        }
        out.append(
            types.CodeAction(
                title=title,
                kind=KIND,
                diagnostics=[d],
                command=types.Command(title=title, command=COMMAND, arguments=[argument]),
            )
        )
    return out


def _result(status: str, message: str, **extra: Any) -> dict[str, Any]:
    from l2j_lsp.server.migrate_command import result

    return result(status, message, **extra)


def _args(raw: Any, root: Path) -> tuple[str, Path, int, list[dict[str, Any]]]:
    """(uri, Java path, 1-based line, diagnostics) of the command's argument."""
    if not isinstance(raw, dict):
        raise CommandError("l2j.repair needs one argument {uri, range, diagnostics}")
    uri = raw.get("uri")
    if not isinstance(uri, str) or not uri.startswith("file:"):
        raise CommandError("l2j.repair: uri must be a file URI")
    fs = to_fs_path(uri)
    if fs is None:
        raise CommandError(f"l2j.repair: {uri} is not a file")
    path = Path(fs)
    if not path.resolve().is_relative_to(root.resolve()):
        raise CommandError(f"{path} is outside the workspace {root}")
    rng = raw.get("range")
    start = rng.get("start") if isinstance(rng, dict) else None
    line = start.get("line") if isinstance(start, dict) else None
    if isinstance(line, bool) or not isinstance(line, int) or line < 0:
        raise CommandError("l2j.repair: range.start.line must be a whole number")
    diags = raw.get("diagnostics")
    diags = [d for d in diags if isinstance(d, dict)] if isinstance(diags, list) else []
    return uri, path, line + 1, diags


def _locate(
    module_dir: Path, java: Path, line: int, diags: list[dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The source map, and the file entry and function declaration the Java line maps to.
    A diagnostic's ``data.go`` ("file.go:LINE:COL"), when the check gave one, decides."""
    try:
        data = json.loads((module_dir / SOURCEMAP).read_text())
    except (OSError, ValueError):
        raise CommandError(
            f"no migrated module with a source map at {module_dir}: migrate the project "
            "first (`l2j-lsp migrate SRC --out DIR`, setting l2j.go.outDir)"
        ) from None
    go_hint: tuple[str, int] | None = None
    for d in diags:
        where = (d.get("data") or {}).get("go") if isinstance(d.get("data"), dict) else None
        if isinstance(where, str) and where.count(":") >= 1:
            file, _, rest = where.partition(":")
            number = rest.split(":")[0]
            if number.isdigit():
                go_hint = (file, int(number))
    java_key = str(java.resolve())
    best: tuple[int, dict[str, Any], dict[str, Any]] | None = None
    for entry in data.get("files", []):
        if str(Path(entry["java"]).resolve()) != java_key:
            continue
        for decl in entry["decls"]:
            if decl["kind"] not in ("method", "func"):
                continue
            a, b = decl["go_lines"]
            if go_hint is not None:
                if entry["go"] == go_hint[0] and a <= go_hint[1] <= b:
                    return data, entry, decl
                continue
            ja, jb = decl["java_lines"]
            if ja <= line <= jb and (best is None or jb - ja < best[0]):
                best = (jb - ja, entry, decl)
    if best is None:
        raise CommandError(
            f"{java.name}:{line} is not in a function of the migrated module {module_dir}"
        )
    return data, best[1], best[2]


def _text(server: L2jServer, uri: str, path: Path) -> tuple[str, int | None]:
    doc = server.workspace.text_documents.get(uri)
    if doc is not None:
        return doc.source, doc.version
    return path.read_text(encoding="utf-8"), None


async def repair_command(server: L2jServer, raw: Any) -> dict[str, Any]:
    scope = CancelScope(server)
    settings = server.state.settings
    label = backend_label(settings)
    try:
        if label is None:
            raise CommandError("the rules backend cannot repair: set l2j.backend to llm or auto")
        uri, java_path, line, diags = _args(raw, settings.root)
        module_dir = settings.go_out_dir
        smap_data, entry, decl = _locate(module_dir, java_path, line, diags)
        go_path = module_dir / entry["go"]
        go_uri = from_fs_path(str(go_path)) or go_path.as_uri()
        go_text, version = _text(server, go_uri, go_path)
        a, b = decl["go_lines"]
        func = func_in(go_text, a, b)
        if func is None:
            raise CommandError(f"no Go function at {entry['go']}:{a} any more")
        java_doc = server.java_docs.get(uri)
        java_lines = (
            java_doc.text if java_doc is not None else java_path.read_text(encoding="utf-8")
        ).split("\n")
        ja, jb = decl["java_lines"]
        target = Target(
            module_dir,
            entry["go"],
            func.key,
            "\n".join(java_lines[max(0, ja - 1) : jb]),
            str(java_path),
            ja,
            text=go_text,
        )
        backend = server.state.backend()
    except (CommandError, BackendError, OSError, UnicodeDecodeError) as exc:
        return server.fail(str(exc), user_fixable=True)

    title = f"Fix {target.key} with {label}"
    progress = Progress(server, title)
    if scope.by_user:
        return _cancelled(title, progress, label)
    # The setting l2j.repair.rounds, unless the command's argument names its own.
    asked = raw.get("rounds")
    rounds = asked if isinstance(asked, int) and not isinstance(asked, bool) else None
    rounds = settings.repair_rounds if rounds is None else rounds
    await progress.begin("type-checking")
    task = asyncio.ensure_future(
        repair(target, backend, max(1, rounds), progress.report, SourceMap(smap_data))
    )
    scope.guard(task)
    scope.watch_progress(progress)
    try:
        res = await task
    except asyncio.CancelledError:
        if scope.by_user or task.cancelled():
            return _cancelled(title, progress, label)
        raise
    if not res.ok:
        progress.end("failed")
        return server.fail(res.message, user_fixable=True, backend=label)
    if not res.rounds:  # it compiles already (the diagnostic was stale): nothing to offer
        progress.end(res.message)
        return _result("failed", f"{res.message}: nothing to fix", backend=label)
    if scope.by_user:
        return _cancelled(title, progress, label)
    where = (smap_data, entry, decl, go_uri, version)
    return await _offer(server, target, res, where, title, progress)


def _cancelled(title: str, progress: Progress, backend: str) -> dict[str, Any]:
    log.info("%s cancelled: nothing applied", title)
    progress.end("cancelled")
    return _result("cancelled", "cancelled: nothing was applied", backend=backend)


async def _offer(
    server: L2jServer,
    target: Target,
    res: RepairResult,
    where: tuple[dict[str, Any], dict[str, Any], dict[str, Any], str, int | None],
    title: str,
    progress: Progress,
) -> dict[str, Any]:
    smap_data, entry, decl, go_uri, version = where
    progress.report("waiting for your decision", force=True)
    edit = build_edit(
        go_uri,
        res.old_text,
        res.file_text,
        version,
        title,
        server.client_capabilities,
        server.java_docs.encoding,
    )
    reply = await server.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(edit=edit, label=title)
    )
    extra: dict[str, Any] = {"goUri": go_uri, "backend": res.backend}
    if not (reply and reply.applied):
        reason = (reply.failure_reason if reply else None) or "not applied"
        progress.end("rejected")
        return _result("rejected", f"the fix was not applied: {reason}", **extra)
    # The map follows the edit, so the next check maps this file's errors right.
    remap_entry(entry, res.old_text, res.file_text, {target.key})
    try:
        (target.module_dir / SOURCEMAP).write_text(json.dumps(smap_data, indent=1) + "\n")
    except OSError as exc:
        log.warning("the source map was not updated: %s", exc)
    root = server.state.settings.root.resolve()
    java = Path(target.java_file).resolve()
    problems: list[str] = []
    pair_id = server.record(
        lambda store: store.add(
            target.java,
            res.go,
            "corrected",
            source_file=str(java.relative_to(root)) if java.is_relative_to(root) else str(java),
            symbol=str(decl.get("symbol", target.key)),
            scope="method",
            backend=res.backend,
            model=res.model,
            go_file=str((target.module_dir / target.go_file).resolve()),
            # Later edits of the fixed function on save become corrections of this pair.
            go_keys=[("method " if "." in target.key else "func ") + target.key],
            route="repair",
            errors=res.errors,
        ),
        None,
        problems,
    )
    progress.end("applied")
    notes = [f"{target.key} fixed in {res.rounds} round(s)"]
    notes += [f"not recorded: {p}" for p in problems]
    log.info("%s: applied (%d rounds)", title, res.rounds)
    return _result("applied", "; ".join(notes), pairId=pair_id, **extra)
