"""HumanEval-X, Java -> Go: load the 164 tasks, ask a backend for each, and run the Go test.

A task's test file is: ``package main``; the answer's imports, plus those of the test, the
prompt and a few standard packages where the file refers to them (as goimports would: some
canonical solutions use ``strings`` with no import); the functions the Go prompt defines
before the target (e.g. ``Poly`` for ``FindZero``: the tests call them, as
CodeGeeX's harness has them from the prompt); the backend's answer; the Go test. An answer
function named like one of those prompt functions is dropped in favour of the prompt's, whose
signature the test relies on.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from l2j_lsp.backends.base import Backend, TranslationRequest
from l2j_lsp.evaluation.gosource import drop_funcs, func_names, render_test_file, split_answer
from l2j_lsp.evaluation.gotest import GoWorkspace
from l2j_lsp.evaluation.runner import ask, run_all
from l2j_lsp.migration.gofile import GoImport, parse_source
from l2j_lsp.migration.validate import go_syntax_error

# Inside the package, so an installed wheel carries it (pyproject's package-data).
DATA_DIR = Path(__file__).with_name("data") / "humaneval-x"
# Standard packages a task's code may use without importing them: several canonical
# solutions do (Go/17 uses strings, Go/20 math and sort with an empty import block), so the
# harness adds them the way goimports would, and only where the file refers to them.
STANDARD_PACKAGES = tuple(
    GoImport(path)
    for path in (
        "bytes", "container/heap", "container/list", "crypto/md5", "errors", "fmt", "math",
        "math/big", "math/rand", "regexp", "slices", "sort", "strconv", "strings", "time",
        "unicode", "unicode/utf8",
    )
)  # fmt: skip
_NUMBER = re.compile(r"(?:Java|Go)/(\d+)")
_LAST_FUNC = re.compile(r"^func\b[^\n]*\{\s*\Z", re.MULTILINE)


class TaskDataError(ValueError):
    """The HumanEval-X files are missing or not as expected."""


@dataclass(frozen=True)
class Task:
    number: int
    # The Java solution the backend translates: declaration + canonical solution.
    java: str
    # The Go function to write, e.g. "func HasCloseElements(numbers []float64, ...) bool".
    go_signature: str
    # The Go prompt's import block (a hint; may be empty).
    go_imports: str
    # Functions the Go prompt defines before the target, with their doc comments.
    go_helpers: str
    # The Go reference: declaration + canonical solution.
    go_canonical: str
    go_test: str
    go_test_setup: str

    @property
    def task_id(self) -> str:
        return f"HumanEval/{self.number}"

    @property
    def package_dir(self) -> str:
        return f"task_{self.number:03d}"

    def request(self) -> TranslationRequest:
        return TranslationRequest(
            java=self.java,
            scope="class",
            name="Solution",
            go_package="main",
            context=self.go_imports,
            kind="class",
            enclosing_type="",
            target_signature=self.go_signature,
            file_source=self.java,
        )

    def test_file(self, answer: str) -> str:
        """The Go test file for ``answer`` (with or without package clause and imports)."""
        answer_imports, body = split_answer(answer)
        helper_names = func_names(self.go_helpers)
        body = drop_funcs(body, helper_names & func_names(body))
        # The test's own imports, the prompt's and the standard fallbacks are hints: each is
        # kept only where the file refers to it.
        hints = (
            *parse_source(self.go_test_setup).imports,
            *parse_source(self.go_imports).imports,
            *STANDARD_PACKAGES,
        )
        return render_test_file(
            "main", [self.go_helpers, body, self.go_test], answer_imports, hints
        )


def _read_jsonl_gz(path: Path) -> dict[int, dict[str, Any]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise TaskDataError(f"cannot read {path}: {exc}") from None
    out: dict[int, dict[str, Any]] = {}
    for row in rows:
        match = _NUMBER.fullmatch(str(row.get("task_id", "")))
        if match is None:
            raise TaskDataError(f"{path}: unexpected task_id {row.get('task_id')!r}")
        out[int(match.group(1))] = row
    return out


def _task(java: dict[str, Any], go: dict[str, Any], number: int) -> Task:
    declaration = go["declaration"].strip()
    # The prompt ends with the declaration (spaced differently at times, e.g. Go/65).
    last = _LAST_FUNC.search(go["prompt"])
    if not declaration.endswith("{") or last is None:
        raise TaskDataError(f"Go/{number}: the prompt does not end with the declaration")
    helpers = parse_source(go["prompt"][: last.start()]).decls
    return Task(
        number=number,
        java=java["declaration"] + java["canonical_solution"],
        go_signature=declaration.removesuffix("{").strip(),
        go_imports=go["import"].strip(),
        go_helpers="\n\n".join(d.text for d in helpers),
        go_canonical=declaration + "\n" + go["canonical_solution"],
        go_test=go["test"],
        go_test_setup=go["test_setup"],
    )


def load_tasks(data_dir: Path = DATA_DIR, limit: int | None = None) -> list[Task]:
    """The tasks in number order (the first ``limit`` of them)."""
    java = _read_jsonl_gz(data_dir / "humaneval_java.jsonl.gz")
    go = _read_jsonl_gz(data_dir / "humaneval_go.jsonl.gz")
    if set(java) != set(go):
        raise TaskDataError(f"{data_dir}: the Java and Go files hold different tasks")
    numbers = sorted(go)[:limit]
    try:
        return [_task(java[n], go[n], n) for n in numbers]
    except KeyError as exc:
        raise TaskDataError(f"{data_dir}: a task lacks the field {exc}") from None


@dataclass(frozen=True)
class TaskResult:
    task_id: str
    translated: bool = False
    parsed: bool = False
    compiled: bool = False
    passed: bool = False
    timed_out: bool = False
    translate_seconds: float = 0.0
    compile_seconds: float = 0.0
    test_seconds: float = 0.0
    go: str = ""
    message: str = ""

    @property
    def failure(self) -> str:
        """Where it failed: "translate", "compile", "timeout", "test"; "" when it passed."""
        if self.passed:
            return ""
        if not self.translated:
            return "translate"
        if not self.compiled:
            return "compile"
        return "timeout" if self.timed_out else "test"


async def evaluate(
    backend: Backend,
    tasks: Sequence[Task],
    jobs: int = 4,
    *,
    workspace: GoWorkspace | None = None,
    test_timeout: float = 30.0,
    on_result: Callable[[TaskResult], None] | None = None,
) -> list[TaskResult]:
    """Translate and test every task, ``jobs`` translations and ``jobs`` Go builds at a
    time; results in task order. Without a ``workspace`` one lives in a temp folder for
    the call.

    A backend error the user must fix (no API key, no checkpoint: ``user_fixable``) stops
    the run and is raised; any other failure only fails its task.
    """
    if workspace is None:
        with tempfile.TemporaryDirectory(prefix="l2j-eval-") as tmp:
            return await evaluate(
                backend,
                tasks,
                jobs,
                workspace=GoWorkspace(Path(tmp) / "module"),
                test_timeout=test_timeout,
                on_result=on_result,
            )
    go_workspace = workspace
    translate_slots = asyncio.Semaphore(max(1, jobs))
    go_slots = asyncio.Semaphore(max(1, jobs))
    packages = {i.path for i in STANDARD_PACKAGES}
    for task in tasks:
        packages.update(i.path for i in parse_source(task.go_test_setup).imports)
        packages.update(i.path for i in parse_source(task.go_imports).imports)
    await go_workspace.warm_up(packages)

    async def attempt(task: Task) -> TaskResult:
        answer = await ask(backend, task.request(), translate_slots)
        if answer.go is None:
            return TaskResult(
                task.task_id, translate_seconds=answer.seconds, message=answer.message
            )
        async with go_slots:
            outcome = await go_workspace.run(
                task.package_dir, task.test_file(answer.go), test_timeout=test_timeout
            )
        return TaskResult(
            task_id=task.task_id,
            translated=True,
            parsed=go_syntax_error(answer.go) is None,
            compiled=outcome.compiled,
            passed=outcome.passed,
            timed_out=outcome.timed_out,
            translate_seconds=answer.seconds,
            compile_seconds=outcome.compile_seconds,
            test_seconds=outcome.test_seconds,
            go=answer.go,
            message="" if outcome.passed else outcome.output,
        )

    return await run_all(tasks, attempt, on_result)
