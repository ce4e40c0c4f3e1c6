from __future__ import annotations

import random
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import replace
from typing import Any

import pytest

from l2j_lsp.backends.llm import LlmBackend, LlmConfig
from tests.support.openai_server import OpenAIServer, openai_server  # noqa: F401

BackendFactory = Callable[..., LlmBackend]


@pytest.fixture
async def make_backend(openai_server: OpenAIServer) -> AsyncIterator[BackendFactory]:  # noqa: F811
    """Backends aimed at the loopback server, with fast backoff; closed after the test."""
    made: list[LlmBackend] = []

    def make(environ: Mapping[str, str] | None = None, **settings: Any) -> LlmBackend:
        config = LlmConfig(base_url=openai_server.base_url, model="test/model", backoff_base_s=0.01)
        backend = LlmBackend(
            replace(config, **settings),
            environ={} if environ is None else environ,
            rng=random.Random(0),
        )
        made.append(backend)
        return backend

    yield make
    for backend in made:
        await backend.aclose()
