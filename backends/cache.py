"""A persistent translation cache: the same source, scope context, backend, model and prompt
version give the same answer without a second model call.

Stored in its own SQLite file (not the dataset: a cache may be deleted at any time).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import asdict
from pathlib import Path

from l2j_lsp.backends.base import (
    PROMPT_VERSION,
    Backend,
    TokenCallback,
    TranslationRequest,
    TranslationResult,
)


def cache_key(request: TranslationRequest, backend: str, model: str) -> str:
    payload = json.dumps(
        {
            "request": asdict(request),
            "backend": backend,
            "model": model,
            "prompt": PROMPT_VERSION,
        },
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class TranslationCache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, timeout=30.0, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, result TEXT NOT NULL)"
        )
        self._conn.commit()
        self._lock = threading.Lock()

    def get(self, key: str) -> TranslationResult | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT result FROM translations WHERE key = ?", (key,)
            ).fetchone()
        if row is None:
            return None
        result = TranslationResult(**json.loads(row[0]))
        result.cached = True
        return result

    def put(self, key: str, result: TranslationResult) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO translations (key, result) VALUES (?, ?)",
                (key, json.dumps(asdict(result))),
            )
            self._conn.commit()

    def close(self) -> None:
        self._conn.close()


class CachedBackend:
    """Wraps a backend; answers from the cache when the key matches.

    The model name is part of the key, so switching ``llm.model`` misses the cache. Only
    answers the pipeline later validated are worth keeping, so the caller stores them with
    :meth:`remember` instead of this wrapper storing every answer.
    """

    def __init__(self, inner: Backend, cache: TranslationCache) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    async def translate(
        self, request: TranslationRequest, on_token: TokenCallback | None = None
    ) -> TranslationResult:
        hit = self.cache.get(cache_key(request, self.name, self.model_id))
        if hit is not None:
            if on_token is not None:
                on_token(hit.tokens, hit.go)
            return hit
        return await self.inner.translate(request, on_token)

    def remember(self, request: TranslationRequest, result: TranslationResult) -> None:
        if not result.cached:
            self.cache.put(cache_key(request, self.name, self.model_id), result)

    def reload(self) -> None:
        reload = getattr(self.inner, "reload", None)
        if callable(reload):
            reload()

    async def aclose(self) -> None:
        await self.inner.aclose()
        self.cache.close()


def remember(backend: Backend, request: TranslationRequest, result: TranslationResult) -> None:
    """Keep a validated answer in the translation cache of the backend that produced it
    (for `auto`, the model backend inside it that answered)."""
    if isinstance(backend, CachedBackend):
        backend.remember(request, result)
        return
    for inner in getattr(backend, "backends", ()):
        if isinstance(inner, CachedBackend) and inner.name == result.backend:
            inner.remember(request, result)
