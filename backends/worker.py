"""Backends whose work is pure Python CPU (the rules translator) run in worker processes.

In a thread, such a backend holds the GIL for hundreds of milliseconds at a time (a method
of a 25,000-line file: ~0.2 s), and the language server's event loop, which must answer
code actions in milliseconds, waits for the GIL at every read and write. A process of its
own takes nothing from the loop, and batch runs get every core.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from l2j_lsp.backends.base import (
    Backend,
    BackendUnavailable,
    TokenCallback,
    TranslationRequest,
    TranslationResult,
)

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def _executor() -> ProcessPoolExecutor:
    """The shared pool, started on first use. "spawn": forking a process that runs
    threads (the server's) can copy a lock in a held state."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(
                # A core stays for the editor and the server's event loop.
                max_workers=max(1, (os.cpu_count() or 1) - 1),
                mp_context=multiprocessing.get_context("spawn"),
            )
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _pool_lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def _translate(backend: Backend, request: TranslationRequest) -> TranslationResult:
    """In the worker: one translation, with the backend's own code."""
    return asyncio.run(backend.translate(request))


class InWorker:
    """Runs a stateless, picklable backend's translations in the worker processes."""

    def __init__(self, inner: Backend) -> None:
        self.inner = inner
        self.name = inner.name

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    async def translate(
        self, request: TranslationRequest, on_token: TokenCallback | None = None
    ) -> TranslationResult:
        pool = _executor()
        try:
            result = await asyncio.get_running_loop().run_in_executor(
                pool, _translate, self.inner, request
            )
        except BrokenProcessPool as exc:
            _discard(pool)  # the next translation starts a new pool
            raise BackendUnavailable(
                f"the {self.name} translator's worker process died ({exc}): try again"
            ) from exc
        if on_token is not None:
            on_token(result.tokens, result.go)
        return result

    async def aclose(self) -> None:
        await self.inner.aclose()
