"""``l2j.migrateToGo``: translate the chosen scope, validate the Go, and offer it as a
workspace edit; the user's answer decides the pair's status in the dataset."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from l2j_lsp.backends.base import BackendError, TranslationRequest, TranslationResult
from l2j_lsp.backends.cache import remember
from l2j_lsp.migration.pipeline import Job, build_request, compose, translate
from l2j_lsp.migration.scope import JavaDocument
from l2j_lsp.migration.target import GoTarget, TargetError, ensure_inside
from l2j_lsp.server.actions import title
from l2j_lsp.server.edits import build_edit, can_create_files
from l2j_lsp.server.progress import CancelScope, Progress
from l2j_lsp.settings import SettingsError

if TYPE_CHECKING:
    from l2j_lsp.server.app import L2jServer

log = logging.getLogger("l2j.server")


class CommandError(Exception):
    """The command cannot run as asked; the message tells the user why."""


@dataclass(frozen=True)
class MigrateArgs:
    uri: str
    version: int | None
    scope: str
    name: str
    line: int
    character: int

    @classmethod
    def parse(cls, raw: Any) -> MigrateArgs:
        if not isinstance(raw, dict) or not isinstance(raw.get("uri"), str):
            raise CommandError(
                "l2j.migrateToGo needs one argument {uri, version, scope, name, range}"
            )
        scope = raw.get("scope")
        if scope not in ("method", "class", "file"):
            raise CommandError(f"scope must be method, class or file, not {scope!r}")
        start = ((raw.get("range") or {}).get("start")) or {}
        version = raw.get("version")
        return cls(
            uri=raw["uri"],
            version=version if isinstance(version, int) else None,
            scope=scope,
            name=str(raw.get("name") or ""),
            line=int(start.get("line", 0)),
            character=int(start.get("character", 0)),
        )


def _result(status: str, message: str, **extra: Any) -> dict[str, Any]:
    return {
        "status": status,
        "goUri": extra.get("goUri"),
        "backend": extra.get("backend"),
        "pairId": extra.get("pairId"),
        "message": message,
    }


def _tokens(count: int) -> str:
    return "1 token" if count == 1 else f"{count} tokens"


def _load_document(server: L2jServer, uri: str) -> JavaDocument:
    doc = server.java_docs.get(uri)
    if doc is not None:
        return doc
    path = to_fs_path(uri)
    if path is None or not Path(path).is_file():
        raise CommandError(f"{uri} is not open and not a file on disk")
    data = Path(path).read_bytes()
    try:
        return JavaDocument(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"{path} is not UTF-8 (byte {exc.start}); re-encode it, e.g. "
            f"iconv -f ISO-8859-1 -t UTF-8"
        ) from None


def _job(server: L2jServer, args: MigrateArgs) -> Job:
    doc = _load_document(server, args.uri)
    path = to_fs_path(args.uri)
    if path is None:
        raise CommandError(f"only file URIs can be migrated, not {args.uri}")
    if args.scope == "file":
        if doc.has_error:
            raise CommandError("the file has syntax errors; migrate its declarations instead")
        return Job(doc, Path(path), None)
    near = doc.lines.to_byte(args.line, args.character, server.java_docs.encoding)
    decl = doc.find(args.scope, args.name, near)  # type: ignore[arg-type]
    if decl is None:
        raise CommandError(
            f"no well-formed {args.scope} '{args.name}' in {Path(path).name} any more"
        )
    return Job(doc, Path(path), decl)


def _go_text(server: L2jServer, uri: str, path: Path) -> tuple[str | None, int | None]:
    """The target's current text and version: the open buffer wins over the disk."""
    doc = server.workspace.text_documents.get(uri)
    if doc is not None:
        return doc.source, doc.version
    if path.is_file():
        return path.read_text(encoding="utf-8"), None
    return None, None


async def migrate_to_go(server: L2jServer, raw: Any) -> dict[str, Any]:
    started = time.monotonic()
    try:
        args = MigrateArgs.parse(raw)
        job = _job(server, args)
        settings = server.state.settings
        backend = server.state.backend()
        request, target = build_request(job, settings)
    except (CommandError, SettingsError, BackendError) as exc:
        return server.fail(str(exc), user_fixable=True)

    kind = job.decl.kind if job.decl else "file"
    label = title(job.scope, kind, job.decl.name if job.decl else "")
    progress = Progress(server, label)
    task: asyncio.Task[TranslationResult] | None = None
    try:
        ensure_inside(target.path, server.state.root)
        await progress.begin(f"asking {backend.name}")
        tokens = 0

        def on_token(count: int, _text: str) -> None:
            nonlocal tokens
            tokens = count
            progress.report(f"{_tokens(count)} from {backend.name}")

        task = asyncio.ensure_future(translate(backend, request, on_token))
        scope = CancelScope(server, task)
        scope.watch_progress(progress)
        try:
            result = await task
        except asyncio.CancelledError:
            if scope.by_user or task.cancelled():
                log.info("%s cancelled: nothing applied", label)
                progress.end("cancelled")
                return _result("cancelled", "cancelled: nothing was applied", backend=backend.name)
            raise
        progress.report(f"{_tokens(tokens)}; waiting for your decision", force=True)
        return await _offer(server, job, request, target, result, label, progress, started)
    except (BackendError, TargetError, CommandError, OSError) as exc:
        progress.end("failed")
        user_fixable = getattr(exc, "user_fixable", isinstance(exc, TargetError | CommandError))
        return server.fail(
            f"{label} failed: {exc}", user_fixable=user_fixable, backend=backend.name
        )
    finally:
        if task is not None and not task.done():
            task.cancel()


async def _offer(
    server: L2jServer,
    job: Job,
    request: TranslationRequest,
    target: GoTarget,
    result: TranslationResult,
    label: str,
    progress: Progress,
    started: float,
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
    record = state.settings.dataset_record
    replaces = state.store().previous_keys(go_file, job.name) if record else frozenset()
    # gofmt runs in a subprocess: off the event loop, so code actions stay instant.
    migration = await asyncio.to_thread(compose, job, request, target, result, old_text, replaces)
    remember(server.state.backend(), request, result)
    pair_id: int | None = None
    if record:
        pair_id = state.store().add(
            job.java,
            migration.output,
            "suggested",
            source_file=_relative(job.java_path, state.root),
            symbol=job.name,
            scope=job.scope,
            backend=result.backend,
            model=result.model,
            go_file=go_file,
            go_keys=migration.keys,
            route="; ".join(result.route),
        )
    edit = build_edit(
        go_uri,
        old_text,
        migration.new_text,
        version,
        f"{label} ({result.backend})",
        caps,
        server.java_docs.encoding,
    )
    # Cancels only reach the translation task: once the edit is in the user's hands it is
    # theirs to accept or discard, and the dataset records what they chose.
    answer = await server.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(edit=edit, label=label)
    )
    applied = bool(answer and answer.applied)
    if pair_id is not None:
        state.store().set_status(pair_id, "accepted" if applied else "rejected")
    seconds = time.monotonic() - started
    extra = {"goUri": go_uri, "backend": result.backend, "pairId": pair_id}
    if applied:
        log.info("%s: applied to %s by %s in %.1fs", label, go_uri, result.backend, seconds)
        progress.end("applied")
        return _result("applied", f"migrated to {target.path.name}", **extra)
    reason = (answer.failure_reason if answer else None) or "not applied"
    log.info("%s: rejected (%s)", label, reason)
    progress.end("rejected")
    return _result("rejected", f"the edit was not applied: {reason}", **extra)


def undo_migration(server: L2jServer, raw: Any) -> dict[str, Any]:
    """``l2j.undoMigration {pairId}``: the user took an applied migration back (VS Code's
    apply-at-once mode offers Undo), so its pair, if still ``accepted``, becomes ``rejected``."""
    pair_id = raw.get("pairId") if isinstance(raw, dict) else None
    if not isinstance(pair_id, int) or isinstance(pair_id, bool):
        return server.fail("l2j.undoMigration needs one argument {pairId}", user_fixable=True)
    store = server.state.store()
    pair = store.get(pair_id)
    if pair is None:
        return server.fail(f"no pair {pair_id} in the dataset", user_fixable=True)
    if pair.status != "accepted":
        return {"status": pair.status, "pairId": pair_id, "message": "unchanged"}
    store.set_status(pair_id, "rejected")
    log.info("pair %d rejected: its migration was undone", pair_id)
    return {"status": "rejected", "pairId": pair_id, "message": "recorded as rejected"}


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
