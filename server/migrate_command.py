"""``l2j.migrateToGo``: translate the chosen scope, validate the Go, and offer it as a
workspace edit; the user's answer decides the pair's status in the dataset."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from l2j_lsp.backends.base import BackendError, TranslationRequest, TranslationResult
from l2j_lsp.backends.cache import remember
from l2j_lsp.backends.registry import preload
from l2j_lsp.migration.pipeline import Job, build_request, compose, translate
from l2j_lsp.migration.positions import Encoding
from l2j_lsp.migration.scope import Declaration, JavaDocument
from l2j_lsp.migration.target import GoTarget, TargetError, ensure_inside
from l2j_lsp.module.workspace import ScopeGo
from l2j_lsp.redact import redact
from l2j_lsp.server.actions import declares_types, title
from l2j_lsp.server.command_args import CommandError, MigrateArgs
from l2j_lsp.server.documents import snapshot
from l2j_lsp.server.edits import build_edit, can_create_files
from l2j_lsp.server.progress import CancelScope, Progress
from l2j_lsp.server.project import DEBOUNCE_S
from l2j_lsp.settings import Settings, SettingsError
from l2j_lsp.training.store import DatasetError, process_owner

if TYPE_CHECKING:
    from l2j_lsp.server.app import L2jServer

log = logging.getLogger("l2j.server")

# The model name recorded for Go from the whole-program translator.
WHOLE_PROGRAM = "rules-wp"

__all__ = ["CommandError", "migrate_to_go", "result", "undo_migration"]


def result(status: str, message: str, **extra: Any) -> dict[str, Any]:
    """The command's result (the contract's shape); never carries a secret."""
    return {
        "status": status,
        "goUri": extra.get("goUri"),
        "backend": extra.get("backend"),
        "pairId": extra.get("pairId"),
        "message": redact(message),
    }


def _tokens(count: int) -> str:
    return "1 token" if count == 1 else f"{count} tokens"


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def _load_document(uri: str, path: Path) -> JavaDocument:
    if not path.is_file():
        raise CommandError(f"{uri} is not open and not a file on disk")
    data = path.read_bytes()
    try:
        return JavaDocument(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"{path} is not UTF-8 (byte {exc.start}); re-encode it, e.g. "
            f"iconv -f ISO-8859-1 -t UTF-8"
        ) from None


def _declaration(doc: JavaDocument, args: MigrateArgs, encoding: Encoding) -> Declaration | None:
    """The declaration the action named: found from where it was (cheap: the tree's path
    down to the range's end), else anywhere in the document (it moved)."""
    start = doc.lines.to_byte(*args.start, encoding)
    end = doc.lines.to_byte(*args.end, encoding)
    for decl in doc.enclosing(max(start, end - 1)):
        if decl.scope == args.scope and args.name in (decl.name, decl.qualified_name):
            return decl
    return doc.find(args.scope, args.name, start)  # type: ignore[arg-type]


def _prepare(
    args: MigrateArgs, open_doc: JavaDocument | None, settings: Settings, encoding: Encoding
) -> tuple[Job, TranslationRequest, GoTarget]:
    """The job and the backend's request. Runs on a worker thread: for a method of a large
    class, finding it and gathering the class's members takes milliseconds the event loop
    owes to code actions. ``open_doc`` is a snapshot of the open document, if it is open.
    The backend's modules are imported here too, the first time, for the same reason."""
    preload(settings.backend)
    job = _job(args, open_doc, settings.root, encoding)
    request, target = build_request(job, settings)
    return job, request, target


def _job(args: MigrateArgs, open_doc: JavaDocument | None, root: Path, encoding: Encoding) -> Job:
    fs_path = to_fs_path(args.uri)
    if fs_path is None or not args.uri.startswith("file:"):
        raise CommandError(f"only file URIs can be migrated, not {args.uri}")
    path = Path(fs_path)
    if not _inside(path, root):
        # Its path would go into the dataset, and a stray URI could read any file.
        raise CommandError(
            f"{path} is outside the workspace {root}: only its own Java files are migrated"
        )
    doc = open_doc or _load_document(args.uri, path)
    if args.scope == "file":
        if doc.has_error:
            raise CommandError("the file has syntax errors; migrate its declarations instead")
        if not declares_types(doc):
            raise CommandError(
                f"{path.name} declares no class, interface, enum or record: nothing to migrate"
            )
        return Job(doc, path, None)
    decl = _declaration(doc, args, encoding)
    if decl is None:
        raise CommandError(f"no well-formed {args.scope} '{args.name}' in {path.name} any more")
    return Job(doc, path, decl)


def _go_text(server: L2jServer, uri: str, path: Path) -> tuple[str | None, int | None]:
    """The target's current text and version: the open buffer wins over the disk."""
    doc = server.workspace.text_documents.get(uri)
    if doc is not None:
        return doc.source, doc.version
    if not path.is_file():
        return None, None
    data = path.read_bytes()
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"the Go file {path} is not UTF-8 (byte {exc.start}), as Go requires: re-encode "
            "it (e.g. iconv -f ISO-8859-1 -t UTF-8) and run the action again"
        ) from None


async def migrate_to_go(server: L2jServer, raw: Any) -> dict[str, Any]:
    started = time.monotonic()
    scope = CancelScope(server)
    try:
        args = MigrateArgs.parse(raw)
        open_doc = server.java_docs.get(args.uri)
        settings = server.state.settings
        job, request, target = await asyncio.get_running_loop().run_in_executor(
            server.prepare_pool,
            _prepare,
            args,
            None if open_doc is None else snapshot(open_doc),
            settings,
            server.java_docs.encoding,
        )
        backend = server.state.backend()
    except (CommandError, SettingsError, BackendError) as exc:
        return server.fail(str(exc), user_fixable=True)

    kind = job.decl.kind if job.decl else "file"
    label = title(job.scope, kind, job.decl.name if job.decl else "")
    progress = Progress(server, label)
    if scope.by_user:
        return _cancelled(label, progress, backend.name)
    task: asyncio.Task[Produced] | None = None
    # The rules translator's Go comes from the project model when the file is in it: the
    # whole-program translation, whose names and package fit the rest of the module.
    whole = settings.backend in ("rules", "auto") and server.project.covers(job.java_path)
    try:
        if not (whole and settings.backend == "rules"):
            ensure_inside(target.path, server.state.root)
            # A target the merge could not read must fail now, not after the model answered.
            _go_text(server, from_fs_path(str(target.path)) or "", target.path)
        await progress.begin(
            "translating with the project model"
            if whole and settings.backend == "rules"
            else f"asking {backend.name}"
        )
        tokens = 0

        def on_token(count: int, _text: str) -> None:
            nonlocal tokens
            tokens = count
            progress.report(f"{_tokens(count)} from {backend.name}")

        async def produce() -> Produced:
            if whole and settings.backend == "rules":
                found = await _whole_program(server, job, [])
                if found is not None:
                    return found
            answer = await translate(backend, request, on_token)
            if whole and answer.backend == "rules" and settings.backend == "auto":
                found = await _whole_program(server, job, answer.route)
                if found is not None:
                    return found
            return answer, target, None

        task = asyncio.ensure_future(produce())
        scope.guard(task)
        scope.watch_progress(progress)
        try:
            answer, target, mapped = await task
        except asyncio.CancelledError:
            if scope.by_user or task.cancelled():
                return _cancelled(label, progress, backend.name)
            raise
        if mapped is not None:
            ensure_inside(target.path, server.state.root)
            _go_text(server, from_fs_path(str(target.path)) or "", target.path)
        waiting = "waiting for your decision"
        progress.report(waiting if mapped else f"{_tokens(tokens)}; {waiting}", force=True)
        # One migration at a time per Go file: each edit is made from the text the one
        # before left, so concurrent migrations into one file never overwrite each other.
        async with server.target_lock(target.path):
            return await _offer(
                server, job, request, target, answer, label, progress, scope, started, mapped
            )
    except (BackendError, TargetError, CommandError, OSError) as exc:
        progress.end("failed")
        user_fixable = getattr(exc, "user_fixable", isinstance(exc, TargetError | CommandError))
        return server.fail(
            f"{label} failed: {exc}", user_fixable=user_fixable, backend=backend.name
        )
    finally:
        if task is not None and not task.done():
            task.cancel()


Produced = tuple[TranslationResult, GoTarget, ScopeGo | None]


async def _whole_program(server: L2jServer, job: Job, route: list[str]) -> Produced | None:
    """The scope's Go from the project model and its module file, or None (the model does
    not know the file or its package yet: it is rebuilt, and this migration goes the
    per-file way)."""
    try:
        sg = await server.project.scope_go(job)
    except KeyError as exc:
        log.info("not from the project model (%s): translating the file alone", exc)
        server.project.rebuild(delay=DEBOUNCE_S)
        return None
    except Exception as exc:  # a translator bug: the per-file way still answers
        log.warning("the project model failed on %s: %s", job.java_path.name, exc)
        return None
    if not sg.decls:
        return None
    out = server.state.settings.go_out_dir
    rel = sg.path.parent.resolve().relative_to(out.resolve()).as_posix()
    answer = TranslationResult(
        go=sg.go, backend="rules", model=WHOLE_PROGRAM, route=[*route, "whole-program model"]
    )
    return answer, GoTarget(sg.path, sg.package, "" if rel == "." else rel), sg


def _cancelled(label: str, progress: Progress, backend: str) -> dict[str, Any]:
    log.info("%s cancelled: nothing applied", label)
    progress.end("cancelled")
    return result("cancelled", "cancelled: nothing was applied", backend=backend)


async def _offer(
    server: L2jServer,
    job: Job,
    request: TranslationRequest,
    target: GoTarget,
    answer: TranslationResult,
    label: str,
    progress: Progress,
    scope: CancelScope,
    started: float,
    mapped: ScopeGo | None = None,
) -> dict[str, Any]:
    """Merge the Go into the target's text as it is now (the user may have edited it while
    the model ran), record the suggestion, send the edit, and record the user's answer."""
    state = server.state
    go_uri = from_fs_path(str(target.path)) or ""
    go_file = str(target.path.resolve())
    old_text, version = _go_text(server, go_uri, target.path)
    caps = server.client_capabilities
    if old_text is None and not can_create_files(caps):
        raise CommandError(
            "your editor cannot create files through LSP edits; create "
            f"{target.path} (empty) and run the action again"
        )
    problems: list[str] = []
    no_keys: frozenset[str] = frozenset()
    replaces = server.record(
        lambda store: store.previous_keys(go_file, job.name), no_keys, problems
    )
    # gofmt runs in a subprocess: off the event loop, so code actions stay instant.
    migration = await asyncio.to_thread(compose, job, request, target, answer, old_text, replaces)
    if mapped is None:  # the model's Go is not the backend's answer to this request
        remember(state.backend(), request, answer)
    if scope.by_user:  # cancelled while the Go was merged: the edit was never offered
        return _cancelled(label, progress, answer.backend)
    # From here the edit is in the user's hands: a cancel can no longer withdraw it.
    if scope.msg_id is not None:
        server.protocol.committed.add(scope.msg_id)
    try:
        pair_id: int | None = server.record(
            lambda store: store.add(
                job.java,
                migration.output,
                "suggested",
                source_file=str(job.java_path.resolve().relative_to(state.root.resolve())),
                symbol=job.name,
                scope=job.scope,
                backend=answer.backend,
                model=answer.model,
                go_file=go_file,
                go_keys=migration.keys,
                route=redact("; ".join(answer.route)),
                owner=process_owner(),
            ),
            None,
            problems,
        )
        edit = build_edit(
            go_uri,
            old_text,
            migration.new_text,
            version,
            f"{label} ({answer.backend})",
            caps,
            server.java_docs.encoding,
        )
        reply = await server.workspace_apply_edit_async(
            types.ApplyWorkspaceEditParams(edit=edit, label=label)
        )
        late_cancel = scope.by_user or scope.msg_id in server.protocol.late_cancels
    finally:
        server.protocol.committed.discard(scope.msg_id)
        server.protocol.late_cancels.discard(scope.msg_id)
    applied = bool(reply and reply.applied)
    if pair_id is not None:
        status = "accepted" if applied else "rejected"
        server.record(lambda store: store.set_status(pair_id, status), None, problems)
    extra = {"goUri": go_uri, "backend": answer.backend, "pairId": pair_id}
    notes = []
    if late_cancel:
        notes.append("the cancel came after the edit was offered, too late to withdraw it")
    notes.extend(f"not recorded: {p}" for p in problems)
    if applied:
        await _after_applied(server, job, target, migration.new_text, mapped)
        seconds = time.monotonic() - started
        log.info("%s: applied to %s by %s in %.1fs", label, go_uri, answer.backend, seconds)
        progress.end("applied")
        return result("applied", "; ".join([f"migrated to {target.path.name}", *notes]), **extra)
    reason = (reply.failure_reason if reply else None) or "not applied"
    log.info("%s: rejected (%s)", label, reason)
    progress.end("rejected")
    return result("rejected", "; ".join([f"the edit was not applied: {reason}", *notes]), **extra)


async def _after_applied(
    server: L2jServer, job: Job, target: GoTarget, text: str, mapped: ScopeGo | None
) -> None:
    """The module around the new Go: its frame and source map (whole-program Go), then a
    check in the background whose errors become diagnostics."""
    if mapped is not None:
        try:
            await server.project.after_write(job.java_path, target.path, text, mapped)
        except (OSError, ValueError) as exc:
            log.warning("the module frame or source map was not updated: %s", exc)
    module_dir = server.checker.module_of(target.path)
    if module_dir is not None:
        server.checker.schedule(module_dir)


def undo_migration(server: L2jServer, raw: Any) -> dict[str, Any]:
    """``l2j.undoMigration {pairId}``: the user took an applied migration back (VS Code's
    apply-at-once mode offers Undo), so its pair, if still ``accepted``, becomes ``rejected``."""
    pair_id = raw.get("pairId") if isinstance(raw, dict) else None
    if not isinstance(pair_id, int) or isinstance(pair_id, bool):
        return server.fail("l2j.undoMigration needs one argument {pairId}", user_fixable=True)
    try:
        store = server.state.store()
        pair = store.get(pair_id)
        if pair is None:
            return server.fail(f"no pair {pair_id} in the dataset", user_fixable=True)
        if pair.status != "accepted":
            return {"status": pair.status, "pairId": pair_id, "message": "unchanged"}
        store.set_status(pair_id, "rejected")
    except DatasetError as exc:
        return server.fail(f"the undo was not recorded: {exc}", user_fixable=True)
    log.info("pair %d rejected: its migration was undone", pair_id)
    return {"status": "rejected", "pairId": pair_id, "message": "recorded as rejected"}
