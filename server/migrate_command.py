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

from backends.base import BackendError
from l2j_lsp.settings import SettingsError
from migration.pipeline import Job, Migration, migrate
from migration.scope import JavaDocument
from migration.target import TargetError, ensure_inside
from server.actions import title
from server.edits import build_edit
from server.progress import CancelScope, Progress

if TYPE_CHECKING:
    from server.app import L2jServer

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
    except (CommandError, SettingsError, BackendError) as exc:
        return server.fail(str(exc), user_fixable=True)

    label = title(
        job.scope, job.decl.kind if job.decl else "file", job.decl.name if job.decl else ""
    )
    progress = Progress(server, label)
    task: asyncio.Task[Migration] | None = None
    try:
        await progress.begin(f"asking {backend.name}")
        tokens = 0

        def on_token(count: int, _text: str) -> None:
            nonlocal tokens
            tokens = count
            progress.report(f"{count} tokens from {backend.name}")

        async def work() -> Migration:
            from migration.pipeline import build_request

            _, target = build_request(job, settings)
            ensure_inside(target.path, server.state.root)
            existing, _ = _go_text(server, from_fs_path(str(target.path)) or "", target.path)
            return await migrate(job, backend, settings, existing, on_token)

        task = asyncio.ensure_future(work())
        scope = CancelScope(server, task)
        scope.watch_progress(progress)
        try:
            migration = await task
        except asyncio.CancelledError:
            if scope.by_user or task.cancelled():
                log.info("%s cancelled: nothing applied", label)
                progress.end("cancelled")
                return _result("cancelled", "cancelled: nothing was applied", backend=backend.name)
            raise
    except (BackendError, TargetError, CommandError, OSError) as exc:
        progress.end("failed")
        user_fixable = getattr(exc, "user_fixable", isinstance(exc, TargetError | CommandError))
        return server.fail(
            f"{label} failed: {exc}", user_fixable=user_fixable, backend=backend.name
        )
    finally:
        if task is not None and not task.done():
            task.cancel()

    progress.report(f"{tokens} tokens; waiting for your decision", force=True)
    return await _offer(server, migration, label, progress, started)


async def _offer(
    server: L2jServer, migration: Migration, label: str, progress: Progress, started: float
) -> dict[str, Any]:
    """Record the suggestion, send the edit, and record the user's answer."""
    state = server.state
    result = migration.result
    go_uri = from_fs_path(str(migration.target.path)) or ""
    old_text, version = _go_text(server, go_uri, migration.target.path)
    caps = server.client_capabilities
    if old_text is None and not _can_create(caps):
        progress.end("failed")
        return server.fail(
            "your editor cannot create files through LSP edits; create "
            f"{migration.target.path} (empty) and run the action again",
            user_fixable=True,
            backend=result.backend,
        )
    pair_id: int | None = None
    if state.settings.dataset_record:
        pair_id = state.store().add(
            migration.job.java,
            migration.output,
            "suggested",
            source_file=_relative(migration.job.java_path, state.root),
            symbol=migration.job.name,
            scope=migration.job.scope,
            backend=result.backend,
            model=result.model,
            go_file=str(migration.target.path.resolve()),
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
        return _result("applied", f"migrated to {migration.target.path.name}", **extra)
    reason = (answer.failure_reason if answer else None) or "not applied"
    log.info("%s: rejected (%s)", label, reason)
    progress.end("rejected")
    return _result("rejected", f"the edit was not applied: {reason}", **extra)


def _can_create(caps: types.ClientCapabilities) -> bool:
    ws = caps.workspace.workspace_edit if caps.workspace else None
    if ws is None or not ws.document_changes:
        return False
    return bool(
        ws.resource_operations and types.ResourceOperationKind.Create in ws.resource_operations
    )


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
