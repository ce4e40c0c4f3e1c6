"""Backends that answer HumanEval-X tasks with fixed Go, to prove the harness can pass and
fail: the canonical Go must score 100 %, broken or wrong Go must not."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from l2j_lsp.backends.base import TokenCallback, TranslationRequest, TranslationResult
from l2j_lsp.evaluation.humaneval import Task, load_tasks


class FixedBackend:
    """Answers each task's request with ``answer(task)``; the request's Java finds the task
    (two tasks share a Go signature, none shares its Java)."""

    name = "fixed"

    def __init__(self, tasks: Sequence[Task], answer: Callable[[Task], str]) -> None:
        self._tasks = {t.java: t for t in tasks}
        self._answer = answer
        self.requests: list[TranslationRequest] = []

    @property
    def model_id(self) -> str:
        return "fixed"

    async def translate(
        self, request: TranslationRequest, on_token: TokenCallback | None = None
    ) -> TranslationResult:
        self.requests.append(request)
        return TranslationResult(go=self._answer(self._tasks[request.java]), backend=self.name)

    async def aclose(self) -> None:
        return None


def canonical(task: Task) -> str:
    # With a package clause, to check it is stripped; the imports come from the hints.
    return f"package main\n\n{task.go_canonical}"


def broken(task: Task) -> str:
    return f"{task.go_signature} {{\n\treturn (\n}}\n"


def wrong(task: Task) -> str:
    # Compiles for every signature (panic ends the function), fails every test.
    return f'{task.go_signature} {{\n\tpanic("not translated")\n}}\n'


@pytest.fixture(scope="session")
def all_tasks() -> list[Task]:
    return load_tasks()
