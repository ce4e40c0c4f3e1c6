"""The `rules` backend: a deterministic Java-to-Go translator over tree-sitter.

``translate_java`` is the pure, synchronous entry point (batch jobs and benchmarks);
``RulesBackend`` wraps it in the Backend protocol, off the event loop.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
from pathlib import Path

from l2j_lsp.backends.base import TokenCallback, TranslationRequest, TranslationResult

from .translator import translate_java

__all__ = ["MODEL", "RulesBackend", "translate_java"]

MODEL = "rules-v1"


@functools.cache
def _source_digest() -> str:
    """A digest of the translator's own code: a changed translator gets a new cache key."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


class RulesBackend:
    name = "rules"

    @property
    def model_id(self) -> str:
        return f"{MODEL}+{_source_digest()}"

    async def translate(
        self, request: TranslationRequest, on_token: TokenCallback | None = None
    ) -> TranslationResult:
        go = await asyncio.to_thread(translate_java, request)
        if on_token is not None:
            on_token(1, go)
        return TranslationResult(go=go, backend="rules", model=MODEL, confidence=None, tokens=1)

    async def aclose(self) -> None:
        return None
