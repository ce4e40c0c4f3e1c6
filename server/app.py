"""The pygls server: registers the LSP features and routes them to the modules beside it."""

from __future__ import annotations

import asyncio
import logging
import os
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.exceptions import FeatureRequestError
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

import l2j_lsp
from l2j_lsp.backends.registry import preload
from l2j_lsp.migration.validate import go_syntax_problem
from l2j_lsp.redact import redact, remember
from l2j_lsp.server import actions, repair_command
from l2j_lsp.server.corrections import capture_corrections
from l2j_lsp.server.documents import JavaDocuments, is_go, is_java, lsp_encoding
from l2j_lsp.server.logs import LspLogHandler
from l2j_lsp.server.migrate_command import migrate_to_go, result, undo_migration
from l2j_lsp.server.project import DEBOUNCE_S, Checker, ProjectModel
from l2j_lsp.server.protocol import L2jProtocol
from l2j_lsp.server.state import ServerState
from l2j_lsp.settings import SettingsError
from l2j_lsp.training.store import DatasetError, DatasetStore

log = logging.getLogger("l2j")

T = TypeVar("T")
# Keys whose values are masked in anything the server shows, besides l2j.llm.apiKeyEnv's.
KEY_VARIABLES = ("OPENROUTER_API_KEY", "OPENAI_API_KEY")


class L2jServer(LanguageServer):
    protocol: L2jProtocol

    def __init__(self) -> None:
        super().__init__("l2j-lsp", l2j_lsp.__version__, protocol_cls=L2jProtocol)
        self.state = ServerState()
        self.java_docs = JavaDocuments()
        self._target_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        # One thread prepares migrations: a single contender for the GIL keeps the event
        # loop's waits for it short while many migrations start at once.
        self.prepare_pool = ThreadPoolExecutor(1, thread_name_prefix="l2j-prepare")
        self._shown: set[str] = set()
        self._background: set[asyncio.Future[None]] = set()
        self.project = ProjectModel(self)
        self.checker = Checker(self)
        self.checker.on_go_change = lambda uri: publish_go_diagnostics(self, uri)
        self.initialized = False

    def show(self, message: str, kind: types.MessageType) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=f"l2j: {message}"))

    def fail(self, message: str, user_fixable: bool = False, **extra: Any) -> dict[str, Any]:
        """Log a failure, show it when the user can act on it, and build the result."""
        message = redact(message)
        log.error("%s", message)
        if user_fixable:
            self.show(message, types.MessageType.Error)
        return result("failed", message, **extra)

    def report_server_error(self, error: Exception, source: Any) -> None:
        # As pygls does (a failed request already has its error reply), with secrets masked.
        if source is not FeatureRequestError:
            self.show(redact(f"internal error: {error}"), types.MessageType.Error)

    def apply_settings(self, payload: Any, root: Path | None = None) -> None:
        try:
            changed = self.state.update(payload, root)
        except SettingsError as exc:
            self.fail(str(exc), user_fixable=True)
            return
        remember(
            *(os.environ.get(n) for n in (*KEY_VARIABLES, self.state.settings.llm.api_key_env))
        )
        if changed:
            log.info("settings changed: %s", ", ".join(changed))
        if "backend" in changed:
            self._preload()
        if self.initialized:
            self.project.configure()

    def _preload(self) -> None:
        """Import the backend's modules on a thread, not on the loop at the first use."""
        task = asyncio.ensure_future(asyncio.to_thread(preload, self.state.settings.backend))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def record(
        self, operation: Callable[[DatasetStore], T], default: T, problems: list[str] | None = None
    ) -> T:
        """Run a dataset operation when recording is on. A dataset that cannot be used
        (damaged, another program's file) never stops a migration: the operation is
        skipped, the user told once which file is wrong, and ``problems`` gets why."""
        if not self.state.settings.dataset_record:
            return default
        try:
            return operation(self.state.store())
        except DatasetError as exc:
            message = str(exc)
            log.warning("not recorded: %s", message)
            if problems is not None:
                problems.append(message)
            if message not in self._shown:
                self._shown.add(message)
                self.show(
                    f"migrations still apply but are not recorded: {message}",
                    types.MessageType.Warning,
                )
            return default

    def target_lock(self, path: Path) -> asyncio.Lock:
        return self._target_locks[str(path.resolve())]

    async def stop_work(self) -> None:
        """The client is gone: cancel what runs (an HRM decode stops at its next token) and
        close the backends and the dataset."""
        current = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks() if t is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.checker.aclose()
        await self.state.close()

    async def pull_configuration(self) -> None:
        workspace = self.client_capabilities.workspace
        if not (workspace and workspace.configuration):
            return
        try:
            items = await self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section="l2j")])
            )
        except Exception as exc:  # a client without an answer keeps what we have
            log.warning("workspace/configuration failed: %s", exc)
            return
        if items and isinstance(items[0], dict):
            self.apply_settings({"l2j": items[0]})


def _root(params: types.InitializeParams) -> Path:
    if params.workspace_folders:
        path = to_fs_path(params.workspace_folders[0].uri)
        if path:
            return Path(path)
    if params.root_uri:
        path = to_fs_path(params.root_uri)
        if path:
            return Path(path)
    if params.root_path:
        return Path(params.root_path)
    return Path.cwd()


def create_server() -> L2jServer:
    server = L2jServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: L2jServer, params: types.InitializeParams) -> None:
        handler = LspLogHandler(ls.window_log_message)
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        ls.java_docs.encoding = lsp_encoding(ls.workspace.position_encoding)
        ls.apply_settings(params.initialization_options or {}, _root(params))

    @server.feature(types.INITIALIZED)
    async def initialized(ls: L2jServer, params: types.InitializedParams) -> None:
        ls._preload()
        await ls.pull_configuration()
        ls.initialized = True
        # In the background: code actions answer while it builds.
        ls.project.configure()
        log.info(
            "l2j-lsp %s ready in %s (backend %s)",
            l2j_lsp.__version__,
            ls.state.root,
            ls.state.settings.backend,
        )

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(
        ls: L2jServer, params: types.DidChangeConfigurationParams
    ) -> None:
        section = params.settings if isinstance(params.settings, dict) else {}
        if "l2j" in section:
            ls.apply_settings(section)
        else:
            # Clients that follow the pull model send an empty payload: ask for the section.
            await ls.pull_configuration()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: L2jServer, params: types.DidOpenTextDocumentParams) -> None:
        doc = params.text_document
        if is_java(doc.uri, doc.language_id):
            ls.java_docs.open(doc.uri, doc.text, doc.version)
        elif is_go(doc.uri, doc.language_id):
            publish_go_diagnostics(ls, doc.uri, doc.text)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: L2jServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        if ls.java_docs.get(uri) is not None:
            ls.java_docs.change(uri, params.text_document.version, list(params.content_changes))
        elif is_go(uri):
            publish_go_diagnostics(ls, uri, ls.workspace.get_text_document(uri).source)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: L2jServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.java_docs.close(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=True))
    def did_save(ls: L2jServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        path = to_fs_path(uri)
        if path is None:
            return
        if is_java(uri) and ls.project.covers(Path(path)):
            # Re-index after the burst of saves (a branch switch, "save all") settles.
            ls.project.rebuild(delay=DEBOUNCE_S)
            return
        module_dir = ls.checker.module_of(Path(path)) if is_go(uri) else None
        if module_dir is not None:
            ls.checker.schedule(module_dir)
        if not is_go(uri) or not ls.state.settings.dataset_record:
            return
        text = params.text
        if text is None:
            doc = ls.workspace.text_documents.get(uri)
            try:
                text = doc.source if doc is not None else Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                log.warning("cannot compare %s with its suggestions: %s", path, exc)
                return
        no_pairs: list[int] = []
        ls.record(lambda store: capture_corrections(store, Path(path), text), no_pairs)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[actions.KIND, repair_command.KIND], resolve_provider=False
        ),
    )
    def code_action(ls: L2jServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        doc = ls.java_docs.get(params.text_document.uri)
        if doc is None:
            return []
        ctx = params.context
        fixes = repair_command.fix_actions(
            params.text_document.uri, ctx.diagnostics, ctx.only, ls.state.settings
        )
        if not actions.wanted(ctx.only):
            return fixes
        return fixes + actions.code_actions(
            params.text_document.uri, doc, params.range, ls.java_docs.encoding
        )

    @server.command(actions.COMMAND)
    async def migrate_command(ls: L2jServer, *args: Any) -> dict[str, Any]:
        return await migrate_to_go(ls, args[0] if args else None)

    @server.command(repair_command.COMMAND)
    async def repair(ls: L2jServer, *args: Any) -> dict[str, Any]:
        return await repair_command.repair_command(ls, args[0] if args else None)

    @server.command("l2j.undoMigration")
    def undo_migration_command(ls: L2jServer, *args: Any) -> dict[str, Any]:
        return undo_migration(ls, args[0] if args else None)

    @server.command("l2j.reloadModel")
    def reload_model(ls: L2jServer, *args: Any) -> dict[str, Any]:
        checkpoint = ls.state.reload_model()
        log.info("the HRM checkpoint %s will be reloaded on next use", checkpoint)
        return {"status": "reloaded", "checkpoint": checkpoint}

    @server.command("l2j.datasetStats")
    def dataset_stats(ls: L2jServer, *args: Any) -> dict[str, Any]:
        try:
            return ls.state.store().stats()
        except DatasetError as exc:
            return ls.fail(str(exc), user_fixable=True)

    @server.feature(types.SHUTDOWN)
    async def shutdown(ls: L2jServer, *args: Any) -> None:
        await ls.checker.aclose()
        await ls.state.close()

    return server


def publish_go_diagnostics(ls: L2jServer, uri: str, text: str | None = None) -> None:
    """Syntax errors in Go files (the quick check before the user saves a correction; for
    open files), with what the last module check found in the file."""
    if text is None:
        doc = ls.workspace.text_documents.get(uri)
        text = doc.source if doc is not None else ""
    problem = go_syntax_problem(text) if text.strip() else None
    diagnostics: list[types.Diagnostic] = list(ls.checker.go_diagnostics.get(uri, []))
    if problem is not None:
        line = max(0, problem.line - 1)
        diagnostics.append(
            types.Diagnostic(
                range=types.Range(types.Position(line, 0), types.Position(line + 1, 0)),
                message=problem.message,
                severity=types.DiagnosticSeverity.Error,
                source="l2j",
            )
        )
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics)
    )
