"""``l2j-lsp migrate``: the code-action pipeline over files and folders, ``jobs`` requests
at a time. Go files are written atomically, and the declarations landing in one Go file are
merged one after another so none overwrites another."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from l2j_lsp.atomic import write_text_atomic
from l2j_lsp.backends.base import Backend, BackendError, TranslationRequest, TranslationResult
from l2j_lsp.backends.cache import remember
from l2j_lsp.migration.pipeline import Job, build_request, compose, translate
from l2j_lsp.migration.scope import JavaDocument, ScopeKind
from l2j_lsp.migration.target import GoTarget, TargetError, ensure_inside
from l2j_lsp.settings import Settings


@dataclass
class Outcome:
    """One line of ``--json``: the contract's shape."""

    source: str
    scope: str
    name: str
    target: str
    backend: str
    status: str  # "ok" | "failed"
    seconds: float
    message: str

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass
class FileSummary:
    source: str
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.outcomes) and all(o.status == "ok" for o in self.outcomes)


def collect_java_files(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Java files under the given files and folders, sorted; plus the paths not found."""
    files: list[Path] = []
    missing: list[str] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.java") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(str(path))
    return files, missing


def read_java(path: Path) -> JavaDocument:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-encode it, "
            "e.g. iconv -f ISO-8859-1 -t UTF-8"
        ) from None
    return JavaDocument(text)


def jobs_for(doc: JavaDocument, path: Path, scope: ScopeKind) -> list[Job]:
    if scope == "file":
        if doc.has_error:
            raise ValueError("the file has syntax errors; use --scope class or method")
        return [Job(doc, path, None)]
    decls = [d for d in doc.declarations() if d.scope == scope]
    if scope == "class":
        # Top-level types only: nested ones are translated with their outer type.
        decls = [d for d in decls if not d.outer]
    if not decls:
        raise ValueError(f"no well-formed {scope} declaration")
    return [Job(doc, path, d) for d in decls]


class BatchMigrator:
    def __init__(
        self,
        backend: Backend,
        settings: Settings,
        jobs: int,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> None:
        self.backend = backend
        self.settings = settings
        self._limit = asyncio.Semaphore(max(1, jobs))
        self._file_locks: dict[Path, asyncio.Lock] = {}
        self._on_outcome = on_outcome

    async def run_job(self, job: Job, source: str) -> Outcome:
        started = time.monotonic()
        name = job.name
        target_text = ""
        try:
            request, target = build_request(job, self.settings)
            target_text = str(target.path)
            ensure_inside(target.path, self.settings.go_out_dir)
            async with self._limit:
                result = await translate(self.backend, request)
            lock = self._file_locks.setdefault(target.path, asyncio.Lock())
            async with lock:
                # Merging runs gofmt in a subprocess: off the event loop, so the other
                # jobs' streams keep flowing meanwhile.
                await asyncio.to_thread(self._merge_and_write, job, request, target, result)
            remember(self.backend, request, result)
            outcome = Outcome(
                source,
                job.scope,
                name,
                target_text,
                result.backend,
                "ok",
                round(time.monotonic() - started, 3),
                _route_message(result.route, result.cached),
            )
        except (BackendError, TargetError, OSError, ValueError) as exc:
            outcome = Outcome(
                source,
                job.scope,
                name,
                target_text,
                self.backend.name,
                "failed",
                round(time.monotonic() - started, 3),
                str(exc),
            )
        if self._on_outcome is not None:
            self._on_outcome(outcome)
        return outcome

    @staticmethod
    def _merge_and_write(
        job: Job, request: TranslationRequest, target: GoTarget, result: TranslationResult
    ) -> None:
        existing = target.path.read_text(encoding="utf-8") if target.path.is_file() else None
        write_text_atomic(target.path, compose(job, request, target, result, existing).new_text)

    async def run(self, files: list[Path], scope: ScopeKind) -> list[FileSummary]:
        summaries: list[FileSummary] = []
        tasks: list[tuple[FileSummary, asyncio.Task[Outcome]]] = []
        for path in files:
            summary = FileSummary(str(path))
            summaries.append(summary)
            try:
                doc = read_java(path)
                jobs = jobs_for(doc, path, scope)
            except (OSError, ValueError) as exc:
                outcome = Outcome(
                    str(path), scope, path.name, "", self.backend.name, "failed", 0.0, str(exc)
                )
                summary.outcomes.append(outcome)
                if self._on_outcome is not None:
                    self._on_outcome(outcome)
                continue
            for job in jobs:
                tasks.append((summary, asyncio.ensure_future(self.run_job(job, str(path)))))
        for summary, task in tasks:
            summary.outcomes.append(await task)
        return summaries


def _route_message(route: list[str], cached: bool) -> str:
    parts = list(route)
    if cached:
        parts.append("from cache")
    return "; ".join(parts)
