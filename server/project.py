"""The server's background work on the whole workspace: the Java project model (built at
start-up, rebuilt after a Java file is saved or the settings change) and the module check
(after an applied migration or a saved Go file), published as diagnostics.

Both run off the event loop (the model on its own thread, the check as subprocesses), so
code actions answer at once whatever they are doing. A newer check cancels the running one
and kills its subprocess."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lsprotocol import types
from pygls.uris import from_fs_path

from l2j_lsp.module.check import (
    BACKGROUND_BUILD_MAX_BYTES,
    CheckError,
    Finding,
    check_async,
    go_bytes,
    update_sourcemap,
)
from l2j_lsp.module.gotool import GoToolError
from l2j_lsp.module.migrate import write_skeleton
from l2j_lsp.module.workspace import ScopeGo, Workspace, default_roots
from l2j_lsp.server.progress import Progress

if TYPE_CHECKING:
    from l2j_lsp.migration.pipeline import Job
    from l2j_lsp.server.app import L2jServer

log = logging.getLogger("l2j.project")
T = TypeVar("T")

BUILD_TITLE = "l2j: indexing the Java project"
# Saves and edits come in bursts: wait this long for the last one before working.
DEBOUNCE_S = 1.0


class ProjectModel:
    """The workspace's :class:`Workspace`, kept current in the background."""

    def __init__(self, server: L2jServer) -> None:
        self.server = server
        self.workspace: Workspace | None = None
        self._key: tuple[Any, ...] | None = None
        self._task: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        # Builds and translations of a scope never overlap.
        self._turn = asyncio.Lock()

    def configure(self) -> None:
        """(Re)create the model when the settings it depends on changed, and build it."""
        s = self.server.state.settings
        roots = (
            list(s.java_source_roots) if s.java_source_roots is not None else default_roots(s.root)
        )
        key = (tuple(roots), s.go_out_dir, s.go_strip_prefix, s.go_module)
        if key == self._key:
            return
        self._key = key
        self.workspace = Workspace(roots, s.go_out_dir, s.go_strip_prefix, s.go_module)
        log.info("Java source roots: %s", ", ".join(map(str, roots)))
        self.rebuild()

    def rebuild(self, delay: float = 0.0) -> None:
        """Build the model again (after ``delay`` seconds, a later call resetting it)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if delay > 0:
            self._timer = asyncio.get_running_loop().call_later(delay, self._start)
        else:
            self._start()

    def _start(self) -> None:
        self._timer = None
        if self.workspace is None:
            return
        self._task = asyncio.ensure_future(self._build(self.workspace, self._task))

    async def _build(self, ws: Workspace, before: asyncio.Task[None] | None) -> None:
        if before is not None and not before.done():
            # A build on the thread cannot be interrupted: the next one follows it.
            await asyncio.wait([before])
        if ws is not self.workspace:
            return
        loop = asyncio.get_running_loop()
        progress = Progress(self.server, BUILD_TITLE)
        await progress.begin(", ".join(map(str, ws.roots)), cancellable=False)

        def report(stage: str, done: int, total: int) -> None:
            text = stage if total <= 1 else f"{stage}: {done}/{total} files"
            loop.call_soon_threadsafe(progress.report, text)

        try:
            snap = await self._in_thread(ws.build, report)
        except Exception as exc:  # a bad file must not end the server; migrations fall back
            log.warning("the Java project model could not be built: %s", exc)
            progress.end("failed")
            return
        files = len(snap.project.files)
        log.info("Java project model: %d files indexed", files)
        progress.end(f"{files} Java files indexed")

    async def ready(self) -> Workspace | None:
        """The model, once the build under way (if any) ended."""
        task = self._task
        if task is not None and not task.done():
            await asyncio.shield(task)
        return self.workspace

    def covers(self, path: Path) -> bool:
        return self.workspace is not None and self.workspace.covers(path)

    async def scope_go(self, job: Job) -> ScopeGo:
        """The whole-program Go of the job's scope, from its document's text. KeyError when
        the model does not know the file or its package (yet)."""
        ws = await self.ready()
        if ws is None:
            raise KeyError("no project model")
        if job.decl is None:
            scope, name, line = "file", "", 1
        else:
            # A line inside the declaration's node (its end; the start may be a comment).
            row, _ = job.doc.position(max(job.decl.start_byte, job.decl.end_byte - 1))
            scope, name, line = job.decl.scope, job.decl.name, row + 1
        return await self._in_thread(ws.scope_go, job.java_path, job.doc.text, scope, name, line)

    async def after_write(self, java: Path, go_path: Path, text: str, sg: ScopeGo) -> None:
        """After the editor applied whole-program Go: the module's frame (go.mod, runtime,
        library stand-ins) exists and the source map knows the file's declarations."""
        ws = self.workspace
        if ws is None:
            return
        out = ws.out_dir

        def work() -> None:
            written = write_skeleton(out, ws.module, ws.library_files(), keep_go_mod=True)
            if written:
                log.info("module frame in %s: wrote %d file(s)", out, len(written))
            rel = go_path.resolve().relative_to(out.resolve()).as_posix()
            update_sourcemap(out, ws.module, rel, str(java.resolve()), text, sg.decls)

        await self._in_thread(work)

    async def _in_thread(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` on a daemon thread, one at a time: a build of a large project
        never keeps the process alive once the client is gone (an executor's threads
        would be waited for at exit)."""
        async with self._turn:
            loop = asyncio.get_running_loop()
            future: asyncio.Future[T] = loop.create_future()

            def settle(value: Any, error: BaseException | None) -> None:
                if future.done():
                    return
                if error is not None:
                    future.set_exception(error)
                else:
                    future.set_result(value)

            def run() -> None:
                value, error = None, None
                try:
                    value = fn(*args)
                except BaseException as exc:  # handed to the awaiting coroutine
                    error = exc
                # A closed loop (the server is stopping) has nobody to tell.
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(settle, value, error)

            threading.Thread(target=run, name="l2j-project", daemon=True).start()
            return await future


def _range(line: int, col: int) -> types.Range:
    """From the 1-based position to the end of its line."""
    row = max(0, line - 1)
    return types.Range(types.Position(row, max(0, col - 1)), types.Position(row + 1, 0))


class Checker:
    """Runs the module check in the background and publishes what it finds."""

    def __init__(self, server: L2jServer) -> None:
        self.server = server
        self._task: asyncio.Task[None] | None = None
        self._published: set[str] = set()
        # The check's diagnostics on Go files, merged with their syntax diagnostics.
        self.go_diagnostics: dict[str, list[types.Diagnostic]] = {}
        self.on_go_change: Callable[[str], None] = lambda uri: None

    def module_of(self, path: Path) -> Path | None:
        """The module directory (go.outDir) when ``path`` lies in it and it has a go.mod."""
        out = self.server.state.settings.go_out_dir
        try:
            inside = path.resolve().is_relative_to(out.resolve())
        except OSError:
            return None
        return out if inside and (out / "go.mod").is_file() else None

    def schedule(self, module_dir: Path, delay: float = DEBOUNCE_S) -> None:
        """Check ``module_dir`` after ``delay``; a check pending or running is cancelled
        (its subprocess killed): only the newest state of the module matters."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = asyncio.ensure_future(self._run(module_dir, delay))

    async def _run(self, module_dir: Path, delay: float) -> None:
        await asyncio.sleep(delay)
        try:
            build = await asyncio.to_thread(go_bytes, module_dir) <= BACKGROUND_BUILD_MAX_BYTES
            ok, findings = await check_async(module_dir, build=build)
        except (CheckError, GoToolError, OSError) as exc:
            log.warning("module check failed: %s", exc)
            return
        passed = (
            "builds and vets"
            if build
            else "type-checks (too large to build in the background; `l2j-lsp check` builds)"
        )
        log.info(
            "module check of %s: %s", module_dir, passed if ok else f"{len(findings)} problem(s)"
        )
        self._publish(module_dir, findings)

    def _publish(self, module_dir: Path, findings: list[Finding]) -> None:
        java: defaultdict[str, list[types.Diagnostic]] = defaultdict(list)
        go: defaultdict[str, list[types.Diagnostic]] = defaultdict(list)
        for f in findings:
            where = f" (Go {f.go})" if f.go else ""
            if f.java is not None and f.line > 0:
                uri = from_fs_path(f.java)
                if uri:
                    java[uri].append(_diagnostic(_range(f.line, f.col), f.message + where))
            go_file, _, pos = f.go.partition(":")
            line, _, col = pos.partition(":")
            if go_file and line.isdigit():
                uri = from_fs_path(str(module_dir / go_file))
                if uri:
                    rng = _range(int(line), int(col) if col.isdigit() else 1)
                    go[uri].append(_diagnostic(rng, f.message))
        for uri in self._published - set(java) - set(go):
            self.go_diagnostics.pop(uri, None)
            self._send(uri, [])
        for uri, diags in java.items():
            self._send(uri, diags)
        self.go_diagnostics = dict(go)
        for uri in go:
            self.on_go_change(uri)
        self._published = set(java) | set(go)

    def _send(self, uri: str, diagnostics: list[types.Diagnostic]) -> None:
        if uri.endswith(".go"):
            self.on_go_change(uri)
            return
        self.server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics)
        )

    async def aclose(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


def _diagnostic(rng: types.Range, message: str) -> types.Diagnostic:
    return types.Diagnostic(
        range=rng, message=message, severity=types.DiagnosticSeverity.Error, source="l2j"
    )


__all__ = ["BUILD_TITLE", "Checker", "ProjectModel"]
