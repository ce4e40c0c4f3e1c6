"""What both benchmarks do per item: ask the backend (a failure is the item's, unless the
user must fix something), and run all items concurrently with results in input order."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from l2j_lsp.backends.base import Backend, BackendError, TranslationRequest

Item = TypeVar("Item")
Result = TypeVar("Result")


@dataclass(frozen=True)
class Answer:
    go: str | None  # None when the backend failed
    seconds: float
    message: str = ""
    confidence: float | None = None
    # Why the backend answered its draft instead of its own Go, and that Go where it wrote
    # one (TranslationResult.fallback, .rejected).
    fallback: str = ""
    rejected: str = ""


async def ask(backend: Backend, request: TranslationRequest, slots: asyncio.Semaphore) -> Answer:
    """The backend's Go and how long it took. A ``user_fixable`` backend error (no API key,
    no checkpoint) is raised: every item would fail the same way."""
    async with slots:
        started = time.monotonic()
        try:
            result = await backend.translate(request)
        except BackendError as exc:
            if exc.user_fixable:
                raise
            return Answer(None, time.monotonic() - started, str(exc))
        except Exception as exc:
            # A backend bug on one item is that item's failure, not the end of the run.
            return Answer(None, time.monotonic() - started, f"{type(exc).__name__}: {exc}")
        return Answer(
            result.go,
            time.monotonic() - started,
            confidence=result.confidence,
            fallback=result.fallback,
            rejected=result.rejected,
        )


async def run_all(
    items: Sequence[Item],
    attempt: Callable[[Item], Awaitable[Result]],
    on_result: Callable[[Result], None] | None = None,
) -> list[Result]:
    """``attempt`` every item concurrently (the attempts bound themselves); results in
    input order. The first exception cancels the rest and is raised as itself."""

    async def one(item: Item) -> Result:
        done = await attempt(item)
        if on_result is not None:
            on_result(done)
        return done

    try:
        async with asyncio.TaskGroup() as group:
            running = [group.create_task(one(item)) for item in items]
    except BaseExceptionGroup as errors:
        raise errors.exceptions[0] from None
    return [task.result() for task in running]
