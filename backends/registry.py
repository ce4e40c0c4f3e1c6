"""Backends by name. Imports are lazy so the server starts without loading torch or the
OpenAI client until a backend is first used."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from l2j_lsp.backends.base import Backend, BackendConfigError
from l2j_lsp.settings import BACKENDS, Settings


def _llm(settings: Settings) -> Backend:
    from l2j_lsp.backends.llm import LlmBackend, LlmConfig

    s = settings.llm
    return LlmBackend(
        LlmConfig(
            base_url=s.base_url,
            model=s.model,
            api_key_env=s.api_key_env,
            timeout_s=s.timeout,
            max_retries=s.max_retries,
            max_concurrency=s.max_concurrency,
            temperature=s.temperature,
            max_tokens=s.max_tokens,
        )
    )


def _hrm(settings: Settings) -> Backend:
    from l2j_lsp.backends.hrm import HrmBackend

    return HrmBackend(
        settings.hrm_checkpoint, device=settings.hrm_device, max_length=settings.hrm_max_length
    )


def _rules(settings: Settings) -> Backend:
    from l2j_lsp.backends.rules import RulesBackend
    from l2j_lsp.backends.worker import InWorker

    # Pure Python CPU: in a worker process, so the server's event loop never waits for it.
    return InWorker(RulesBackend())


def _auto(settings: Settings) -> Backend:
    from l2j_lsp.backends.auto import AutoBackend

    # The cache sits on the model backends inside, not on `auto` itself: an answer `auto`
    # got from rules while the LLM was unreachable must not outlive the outage.
    return AutoBackend(
        hrm=_cached(_hrm(settings), settings),
        llm=_cached(_llm(settings), settings),
        rules=_rules(settings),
        min_confidence=settings.auto_min_confidence,
    )


def _cached(backend: Backend, settings: Settings) -> Backend:
    if not settings.cache_enabled:
        return backend
    from l2j_lsp.backends.cache import CachedBackend, TranslationCache

    return CachedBackend(backend, TranslationCache(settings.cache_path))


FACTORIES: dict[str, Callable[[Settings], Backend]] = {
    "llm": _llm,
    "hrm": _hrm,
    "rules": _rules,
    "auto": _auto,
}
assert set(FACTORIES) == set(BACKENDS)


# The modules each backend imports on first use (the OpenAI client alone takes ~1 s).
_MODULES: dict[str, tuple[str, ...]] = {
    "llm": ("l2j_lsp.backends.llm", "l2j_lsp.backends.cache"),
    "hrm": ("l2j_lsp.backends.hrm", "l2j_lsp.backends.cache"),
    "rules": ("l2j_lsp.backends.rules", "l2j_lsp.backends.worker"),
}
_MODULES["auto"] = ("l2j_lsp.backends.auto", *_MODULES["llm"], *_MODULES["hrm"], *_MODULES["rules"])


def preload(name: str) -> None:
    """Import what backend ``name`` needs, so that a server can do it on a worker thread
    ahead of the first migration instead of on its event loop."""
    for module in _MODULES.get(name, ()):
        importlib.import_module(module)


def create_backend(name: str, settings: Settings) -> Backend:
    """A fresh backend; model backends are wrapped in the translation cache when it is
    enabled (rules answers in milliseconds, so it is not)."""
    factory = FACTORIES.get(name)
    if factory is None:
        raise BackendConfigError(f"unknown backend {name!r}; use one of: {', '.join(FACTORIES)}")
    backend = factory(settings)
    return _cached(backend, settings) if name in ("llm", "hrm") else backend
