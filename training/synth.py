"""``l2j-lsp synth``: the teacher LLM writes ground-truth Java -> Go pairs, file by file in
the plan's order, each with the Go already migrated for its dependencies as context.

A pair counts only when its Go passes the pipeline's checks (tree-sitter, gofmt when there is
a toolchain) and ``go vet`` (see ``training.synth_vet``); then it is written as the seed's
per-pair JSON under the output folder and added to the dataset as ``synthetic``. A file whose
pair file exists and is valid is done: a second run skips it, so an interrupted run resumes.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress

from l2j_lsp.atomic import write_text_atomic
from l2j_lsp.backends.base import (
    Backend,
    BackendConfigError,
    BackendError,
    BackendUnavailable,
    TranslationResult,
)
from l2j_lsp.backends.cache import remember
from l2j_lsp.backends.llm.config import LlmConfig, resolve_api_key
from l2j_lsp.backends.registry import create_backend
from l2j_lsp.console import progress_bar
from l2j_lsp.migration.pipeline import Job, build_request, compose, translate
from l2j_lsp.migration.scope import JavaDocument
from l2j_lsp.migration.target import GoTarget, map_java_file
from l2j_lsp.migration.validate import go_syntax_error
from l2j_lsp.settings import Settings, SettingsError
from l2j_lsp.training.plan import PlanError, load_plan
from l2j_lsp.training.plan_java import read_java
from l2j_lsp.training.store import DatasetError, DatasetStore
from l2j_lsp.training.synth_context import DependencyGo, dependency_context
from l2j_lsp.training.synth_vet import vet_go

err = Console(stderr=True, highlight=False, soft_wrap=True)


class SynthConfigError(Exception):
    """Nothing can run until this is fixed (exit 2); the message says what to fix."""


class PairFailed(Exception):
    """This file gave no pair; the message says why."""


class NotStarted(Exception):
    """The run stopped (key refused, server gone) before this file's request."""


def pair_name(java_path: str) -> str:
    """The pair file's name for a Java path: flat (never a folder, never hidden), readable,
    and unique, since the hash tells apart paths that flatten to the same text."""
    flat = re.sub(r"[^A-Za-z0-9_.-]+", "_", java_path.removesuffix(".java").replace("/", "."))
    digest = hashlib.sha256(java_path.encode("utf-8")).hexdigest()[:10]
    return f"{flat.strip('._')[-150:] or 'file'}.{digest}.json"


def read_pair(path: Path, java_path: str) -> dict[str, Any] | None:
    """The pair file's data when it is a valid pair for ``java_path``, else None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(data, dict) or data.get("source_file") != java_path:
        return None
    java, go = data.get("input_code"), data.get("output_code")
    if not isinstance(java, str) or not isinstance(go, str) or not java.strip():
        return None
    return data if go.strip() and go_syntax_error(go) is None else None


@dataclass
class Tally:
    written: int = 0
    skipped: int = 0
    recorded: int = 0  # pairs done before that were missing from the dataset
    cached: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float | None = None

    def count(self, result: TranslationResult) -> None:
        if result.cached:
            # Paid for by an earlier run.
            self.cached += 1
            return
        self.prompt_tokens += result.usage.get("prompt_tokens", 0)
        self.completion_tokens += result.usage.get("completion_tokens", result.tokens)
        cost = result.usage.get("cost")
        if isinstance(cost, int | float):
            self.cost = (self.cost or 0.0) + cost


class Synthesiser:
    def __init__(
        self,
        plan: dict[str, Any],
        source: Path,
        output: Path,
        settings: Settings,
        backend: Backend,
        store: DatasetStore,
        jobs: int,
    ) -> None:
        self.files: dict[str, dict[str, Any]] = {f["path"]: f for f in plan["files"]}
        self.order: list[str] = plan["order"]
        self.source = source
        self.output = output
        self.settings = settings
        self.backend = backend
        self.store = store
        self.slots = asyncio.Semaphore(jobs)
        self.tally = Tally()
        # Java path -> its migrated Go, for the dependents' context.
        self.done: dict[str, str] = {}
        # Set when the server or the key fails for every file alike: no new request starts.
        self.stop: BackendError | None = None
        # (input, output) of the synthetic pairs in the dataset.
        self.stored: set[tuple[str, str]] = set()

    def target(self, java_path: str) -> GoTarget:
        package = str(self.files[java_path].get("package") or "")
        s = self.settings
        return map_java_file(Path(java_path), package, s.go_out_dir, s.go_strip_prefix, s.go_module)

    def resume(self) -> None:
        """Take the valid pair files as done; add to the dataset those it lacks (a run
        stopped between the two writes, or a new dataset)."""
        self.stored = {(p.input, p.output) for p in self.store.pairs(["synthetic"])}
        for java_path in self.order:
            data = read_pair(self.output / pair_name(java_path), java_path)
            if data is None:
                continue
            self.done[java_path] = data["output_code"]
            self.tally.skipped += 1
            self.tally.recorded += self._record(data)

    def _record(self, data: dict[str, Any]) -> bool:
        """Add a pair to the dataset unless it holds it already (a file done again whose
        answer came from the cache); whether it was added."""
        key = (data["input_code"], data["output_code"])
        if key in self.stored:
            return False
        self.stored.add(key)
        trace = data.get("architecture_trace")
        self.store.add(
            data["input_code"],
            data["output_code"],
            "synthetic",
            source_file=data["source_file"],
            symbol=str(data.get("symbol", "")),
            scope="file",
            backend=str(data.get("backend", "llm")),
            model=str(data.get("model", "")),
            architecture=json.dumps(trace, ensure_ascii=False) if trace else "",
            created_at=data.get("created_at"),
        )
        return True

    def context_for(self, java_path: str, target: GoTarget) -> tuple[str, list[str]]:
        """The dependencies' Go block and the Java paths it draws on."""
        deps: list[DependencyGo] = []
        for dep in self.files[java_path].get("depends_on", []):
            if dep not in self.done:
                continue
            dep_target = self.target(dep)
            module = self.settings.go_module
            import_path = f"{module}/{dep_target.relative_dir}".rstrip("/")
            deps.append(
                DependencyGo(
                    java_path=dep,
                    go_file=dep_target.path.relative_to(self.settings.go_out_dir).as_posix(),
                    import_path=""
                    if dep_target.relative_dir == target.relative_dir
                    else import_path,
                    go=self.done[dep],
                )
            )
        return dependency_context(deps), [d.java_path for d in deps]

    async def pair(self, java_path: str) -> dict[str, Any]:
        """Translate, validate and write one file's pair; PairFailed or BackendError when
        it gives none."""
        file = (self.source / java_path).resolve()
        if not file.is_relative_to(self.source):
            raise PairFailed(f"lies outside the plan's source folder {self.source}")
        java, warning = read_java(file)
        if warning:
            err.print(f"[yellow]warning:[/yellow] {java_path}: {warning}")
        doc = JavaDocument(java)
        if doc.has_error:
            raise PairFailed("has syntax errors; fix them first (synth translates whole files)")
        job = Job(doc, Path(java_path), None)
        request, target = build_request(job, self.settings)
        context, drawn_on = self.context_for(java_path, target)
        if context:
            request = replace(request, context=f"{request.context}\n\n{context}".strip())
        async with self.slots:
            if self.stop is not None:
                raise NotStarted
            result = await translate(self.backend, request)
        self.tally.count(result)
        migration = compose(job, request, target, result, None)
        vet = await vet_go(
            migration.new_text, target.relative_dir, target.path.name, self.settings.go_module
        )
        if not vet.ok:
            raise PairFailed("go vet: " + "; ".join(vet.problems[:3]))
        go_file = target.path.relative_to(self.settings.go_out_dir).as_posix()
        data: dict[str, Any] = {
            "input_code": java,
            "output_code": migration.new_text,
            "source_file": java_path,
            "symbol": Path(java_path).stem,
            "scope": "file",
            "backend": result.backend,
            "model": result.model,
            "architecture_trace": {
                "java_package": self.files[java_path].get("package", ""),
                "go_package": target.package,
                "go_file": go_file,
                "depends_on": self.files[java_path].get("depends_on", []),
                "context_from": drawn_on,
            },
            "validation": {"gofmt": migration.gofmt_used, "go_vet": vet.summary},
            "usage": result.usage,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        write_text_atomic(self.output / pair_name(java_path), json.dumps(data, indent=1) + "\n")
        self._record(data)
        remember(self.backend, request, result)
        return data

    async def one(
        self, java_path: str, before: list[asyncio.Event], finished: asyncio.Event
    ) -> None:
        try:
            # Dependencies earlier in the order go first, so their Go is in the context.
            for event in before:
                await event.wait()
            data = await self.pair(java_path)
            self.done[java_path] = data["output_code"]
            self.tally.written += 1
        except NotStarted:
            pass
        except BackendConfigError as exc:
            self.stop = self.stop or exc
        except BackendUnavailable as exc:
            self.stop = self.stop or exc
            self.tally.failed[java_path] = str(exc)
        except (BackendError, PairFailed, OSError) as exc:
            self.tally.failed[java_path] = str(exc)
        finally:
            finished.set()

    async def run(self, todo: list[str], progress: Progress) -> None:
        bar = progress.add_task("teacher LLM", total=len(todo))
        position = {path: i for i, path in enumerate(todo)}
        finished = {path: asyncio.Event() for path in todo}
        tasks = []
        for path in todo:
            # Only dependencies ordered earlier: inside a cycle, waiting on a later one would
            # wait forever.
            before = [
                finished[d]
                for d in self.files[path].get("depends_on", [])
                if position.get(d, len(todo)) < position[path]
            ]
            task = asyncio.ensure_future(self.one(path, before, finished[path]))
            task.add_done_callback(lambda _: progress.advance(bar))
            tasks.append(task)
        await asyncio.gather(*tasks)


def _setup(
    plan_path: Path, output: Path, jobs: int, dataset: Path | None
) -> tuple[dict[str, Any], Path, Settings, Backend, DatasetStore]:
    try:
        plan = load_plan(plan_path)
    except PlanError as exc:
        raise SynthConfigError(str(exc)) from None
    source = Path(plan["source"])
    source = (source if source.is_absolute() else plan_path.parent / source).resolve()
    if not source.is_dir():
        raise SynthConfigError(f"the plan's source folder {source} does not exist")
    if output.exists() and not output.is_dir():
        raise SynthConfigError(f"--output {output} is a file; give a folder")
    try:
        # The backend's own limit on concurrent requests follows --jobs.
        settings = Settings.resolve({"llm": {"maxConcurrency": jobs}}, root=Path.cwd())
        llm = settings.llm
        resolve_api_key(LlmConfig(llm.base_url, llm.model, llm.api_key_env), os.environ)
        backend = create_backend("llm", settings)
    except (SettingsError, BackendError) as exc:
        raise SynthConfigError(str(exc)) from None
    try:
        output.mkdir(parents=True, exist_ok=True)
        store = DatasetStore(dataset or settings.dataset_path)
    except (OSError, DatasetError) as exc:
        raise SynthConfigError(str(exc)) from None
    return plan, source, settings, backend, store


def run(plan: Path, output: Path, limit: int | None, jobs: int, dataset: Path | None) -> int:
    """The ``synth`` command: 0 all attempted files gave pairs, 1 some did not (named on
    stderr), 2 a plan, settings, key or dataset problem (nothing asked)."""
    try:
        data, source, settings, backend, store = _setup(plan, output, jobs, dataset)
    except SynthConfigError as exc:
        err.print(f"[red]error:[/red] {exc}")
        return 2
    synth = Synthesiser(data, source, output.resolve(), settings, backend, store, jobs)
    progress = progress_bar(err)

    async def go() -> None:
        try:
            synth.resume()
            todo = [p for p in synth.order if p not in synth.done][:limit]
            with progress:
                await synth.run(todo, progress)
        finally:
            await backend.aclose()
            store.close()

    asyncio.run(go())
    t = synth.tally
    for java_path, message in t.failed.items():
        err.print(f"[red]failed:[/red] {java_path}: {message}")
    if synth.stop is not None:
        err.print(f"[red]stopped:[/red] {synth.stop}; run again to resume")
    left = sum(p not in synth.done for p in synth.order)
    before = f"{t.skipped} done before" + (
        f" ({t.recorded} added to the dataset)" if t.recorded else ""
    )
    tokens = f"{t.prompt_tokens} prompt + {t.completion_tokens} completion tokens" + (
        f" ({t.cached} answers from the cache)" if t.cached else ""
    )
    cost = f"${t.cost:.4f}" if t.cost is not None else "not reported by the server"
    print(
        f"synth: {t.written} pairs written, {len(t.failed)} failed, {before}, {left} left; "
        f"{tokens}; cost {cost}; pairs in {output}"
    )
    if isinstance(synth.stop, BackendConfigError):
        return 2
    return 1 if t.failed or synth.stop is not None else 0
