"""``l2j-lsp eval``: build the backend, run a benchmark, print a table or one JSON object.

Exit codes: 0 when the run completed (failed tasks are measurements, not errors), 2 when it
could not run: unknown benchmark, unusable backend (no API key, no checkpoint), no Go
toolchain, missing data.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

from l2j_lsp.backends.base import Backend, BackendError
from l2j_lsp.backends.registry import create_backend
from l2j_lsp.console import progress_bar
from l2j_lsp.evaluation.dataset_bench import SPLITS, evaluate_pairs, held_out_pairs
from l2j_lsp.evaluation.gotest import GoToolchainError, find_go
from l2j_lsp.evaluation.humaneval import TaskDataError, evaluate, load_tasks
from l2j_lsp.evaluation.report import Summary, summarize_dataset, summarize_humaneval, table
from l2j_lsp.settings import Settings, SettingsError
from l2j_lsp.training.store import DatasetError, DatasetStore

OK = 0
USAGE_ERROR = 2
BENCHMARKS = ("humaneval-x", "dataset")


class EvalError(Exception):
    """The run cannot go ahead; the message says what to fix."""


def make_backend(name: str) -> Backend:
    # No translation cache: a cached answer would report the cache's speed, not the
    # backend's, and a rerun would not measure anything.
    settings = Settings.resolve({"backend": name, "cache": {"enabled": False}})
    return create_backend(name, settings)


def _progress(err: Console, total: int, label: str) -> Progress:
    progress = progress_bar(err)
    progress.add_task(label, total=total)
    return progress


def _expose_go() -> None:
    """Put the venv's ``go`` on PATH when it is not, so gofmt is found beside it (the
    validate helpers look on PATH)."""
    go = find_go()
    if go is not None and shutil.which("go") is None:
        os.environ["PATH"] = os.pathsep.join([str(Path(go).parent), os.environ.get("PATH", "")])


async def humaneval_summary(
    backend: Backend, name: str, limit: int | None, jobs: int, err: Console
) -> Summary:
    tasks = load_tasks(limit=limit)
    started = time.monotonic()
    with _progress(err, len(tasks), f"humaneval-x with {name}") as progress:
        results = await evaluate(
            backend, tasks, jobs, on_result=lambda _: progress.advance(progress.task_ids[0])
        )
    return summarize_humaneval(name, results, time.monotonic() - started)


async def dataset_summary(
    backend: Backend,
    name: str,
    dataset: Path | None,
    limit: int | None,
    jobs: int,
    err: Console,
    which: str = "val",
) -> Summary:
    path = dataset or Settings.resolve({}).dataset_path
    if not path.is_file():
        raise EvalError(
            f"no dataset at {path}: import pairs with `l2j-lsp dataset import` or pass --dataset"
        )
    with DatasetStore(path) as store:
        held_out, split_note = held_out_pairs(store, which)
    pairs = held_out[:limit]
    if not pairs:
        raise EvalError(
            f"{path} has no training-grade pairs (corrected, accepted or synthetic) to score"
        )
    started = time.monotonic()
    with _progress(err, len(pairs), f"dataset with {name}") as progress:
        results = await evaluate_pairs(
            backend, pairs, jobs, on_result=lambda _: progress.advance(progress.task_ids[0])
        )
    return summarize_dataset(name, results, time.monotonic() - started, split_note)


def run(
    backend: str,
    benchmark: str,
    json_out: bool,
    limit: int | None,
    jobs: int,
    dataset: Path | None,
    split: str = "val",
) -> int:
    err = Console(stderr=True, highlight=False)

    def fail(message: str) -> int:
        # Escaped: backend messages may hold brackets that rich would read as markup.
        err.print(f"[red]error:[/red] {escape(message)}")
        return USAGE_ERROR

    if benchmark not in BENCHMARKS:
        return fail(f"unknown benchmark {benchmark!r}; use one of: {', '.join(BENCHMARKS)}")
    if dataset is not None and benchmark != "dataset":
        return fail("--dataset only applies to --benchmark dataset")
    if split not in SPLITS:
        return fail(f"unknown split {split!r}; use one of: {', '.join(SPLITS)}")
    if split != "val" and benchmark != "dataset":
        return fail("--split only applies to --benchmark dataset")
    try:
        translator = make_backend(backend)
    except (SettingsError, BackendError) as exc:
        return fail(str(exc))
    _expose_go()

    async def measure() -> Summary:
        try:
            if benchmark == "humaneval-x":
                return await humaneval_summary(translator, backend, limit, jobs, err)
            return await dataset_summary(translator, backend, dataset, limit, jobs, err, split)
        finally:
            await translator.aclose()

    try:
        summary = asyncio.run(measure())
    except (EvalError, BackendError, GoToolchainError, TaskDataError, DatasetError) as exc:
        # A BackendError that gets here is user-fixable (no key, no checkpoint): the others
        # only fail their task.
        return fail(str(exc))
    if json_out:
        sys.stdout.write(json.dumps(summary.to_json()) + "\n")
    else:
        Console().print(table(summary))
    return OK
