"""What the server holds between requests: settings, the backend, the dataset, and where the
workspace is. Backends and the dataset open lazily and re-open when their settings change."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from l2j_lsp.backends.base import Backend
from l2j_lsp.backends.registry import create_backend
from l2j_lsp.settings import Settings, merge, unwrap_section
from l2j_lsp.training.store import DatasetStore

log = logging.getLogger("l2j.server")


class ServerState:
    def __init__(self) -> None:
        self.raw: dict[str, Any] = {}
        self.root = Path.cwd()
        self.settings = Settings.resolve({}, self.root)
        self._backend: Backend | None = None
        self._backend_key: tuple[Any, ...] | None = None
        self._store: DatasetStore | None = None
        # Closing an old backend runs in the background; kept so it is not collected.
        self._closing: set[asyncio.Task[None]] = set()

    def update(self, payload: Any, root: Path | None = None) -> list[str]:
        """Merge a settings payload; returns the top-level keys that changed. A payload
        with a bad value (SettingsError) changes nothing."""
        before = self.settings
        if root is not None:
            self.root = root
            # The settings so far, for this root, in case the payload is refused.
            self.settings = Settings.resolve(self.raw, root, confine=True)
        raw = merge(self.raw, unwrap_section(payload))
        # Confined: a workspace's settings may come from a file in its repository.
        self.settings = Settings.resolve(raw, self.root, confine=True)
        self.raw = raw
        changed = [
            k for k in vars(self.settings) if getattr(before, k) != getattr(self.settings, k)
        ]
        if self._store is not None and self._store.path != self.settings.dataset_path:
            self._store.close()
            self._store = None
        return changed

    def backend(self, name: str | None = None) -> Backend:
        """The backend for ``name`` (default: the setting), re-created when the settings it
        depends on changed."""
        s = self.settings
        name = name or s.backend
        key = (
            name,
            s.llm,
            s.hrm_checkpoint,
            s.hrm_device,
            s.hrm_max_length,
            s.auto_min_confidence,
            s.cache_enabled,
            s.cache_path,
        )
        if self._backend is None or self._backend_key != key:
            self._retire_backend()
            self._backend = create_backend(name, s)
            self._backend_key = key
            log.info("backend %s ready", name)
        return self._backend

    def _retire_backend(self) -> None:
        old, self._backend = self._backend, None
        if old is not None:
            task = asyncio.ensure_future(old.aclose())
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    def store(self) -> DatasetStore:
        """The dataset, opened on first use (DatasetError when it cannot be used). On
        opening, suggestions left undecided by a server that was killed are removed."""
        if self._store is None:
            store = DatasetStore(self.settings.dataset_path)
            try:
                orphans = store.remove_orphans()
            except BaseException:
                store.close()
                raise
            if orphans:
                log.info(
                    "removed %d undecided suggestion(s) left in %s by a server that stopped",
                    orphans, store.path,
                )  # fmt: skip
            self._store = store
        return self._store

    def reload_model(self) -> str:
        """Make the next HRM call load the checkpoint from disk again (backends without a
        model file have nothing to reload)."""
        reload = getattr(self._backend, "reload", None)
        if callable(reload):
            reload()
        return str(self.settings.hrm_checkpoint)

    async def close(self) -> None:
        if self._backend is not None:
            await self._backend.aclose()
            self._backend = None
        if self._store is not None:
            self._store.close()
            self._store = None
