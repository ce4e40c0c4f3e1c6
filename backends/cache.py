"""A persistent translation cache: the same source, scope context, backend, model and prompt
version give the same answer without a second model call.

Stored in its own SQLite file (not the dataset: a cache may be deleted at any time). So
a cache file that cannot be read is never an error: it is set aside (renamed
``cache.sqlite.corrupt-<time>``), a new one is started, and a warning says so.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from dataclasses import asdict
from pathlib import Path

from l2j_lsp.backends.base import (
    PROMPT_VERSION,
    Backend,
    TokenCallback,
    TranslationRequest,
    TranslationResult,
)

log = logging.getLogger("l2j.cache")


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
        self.path = path
        self._lock = threading.Lock()
        try:
            self._conn = self._connect()
        except sqlite3.Error as exc:
            self._conn = self._replace(None, exc)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False)
        try:
            # Read before writing anything, so a file set aside is kept as it was found.
            columns = {row[1] for row in conn.execute("PRAGMA table_info(translations)")}
            if columns and not {"key", "result"} <= columns:
                raise sqlite3.DatabaseError("its 'translations' table is another program's")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS translations"
                " (key TEXT PRIMARY KEY, result TEXT NOT NULL)"
            )
            conn.execute("SELECT key, result FROM translations LIMIT 1").fetchall()
            conn.commit()
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _replace(self, conn: sqlite3.Connection | None, exc: sqlite3.Error) -> sqlite3.Connection:
        """Set the unreadable file aside and start a new one; without a usable file,
        cache in memory for this run."""
        if conn is not None:
            conn.close()
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
            fresh = self._connect()
        except (OSError, sqlite3.Error) as again:
            log.warning(
                "the translation cache %s cannot be used (%s; %s): caching in memory only",
                self.path, exc, again,
            )  # fmt: skip
            return sqlite3.connect(":memory:", check_same_thread=False)
        log.warning(
            "the translation cache %s could not be read (%s): moved it to %s and started a "
            "new one", self.path, exc, aside.name,
        )  # fmt: skip
        return fresh

    def get(self, key: str) -> TranslationResult | None:
        with self._lock:
            try:
                row = self._conn.execute(
                    "SELECT result FROM translations WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.Error as exc:
                if not _transient(exc):
                    self._conn = self._replace(self._conn, exc)
                return None
        if row is None:
            return None
        try:
            result = TranslationResult(**json.loads(row[0]))
        except (TypeError, ValueError) as exc:
            log.warning("ignoring an unreadable entry of the translation cache: %s", exc)
            return None
        result.cached = True
        return result

    def put(self, key: str, result: TranslationResult) -> None:
        with self._lock:
            try:
                self._conn.execute(
                    "INSERT OR REPLACE INTO translations (key, result) VALUES (?, ?)",
                    (key, json.dumps(asdict(result))),
                )
                self._conn.commit()
            except sqlite3.Error as exc:
                if _transient(exc):
                    log.warning("could not store an answer in the translation cache: %s", exc)
                else:
                    self._conn = self._replace(self._conn, exc)

    def close(self) -> None:
        self._conn.close()


def _transient(exc: sqlite3.Error) -> bool:
    """A problem of the moment (another writer, a full disk), not of the file."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and any(
        word in text for word in ("locked", "busy", "full", "readonly", "read-only")
    )


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
