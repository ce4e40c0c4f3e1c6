"""The translation cache: a second identical request costs no model call; a different
model or prompt misses; only validated answers are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2j_lsp.backends.base import InvalidOutput
from l2j_lsp.backends.cache import remember
from l2j_lsp.backends.registry import create_backend
from l2j_lsp.migration.pipeline import Job, build_request, translate
from l2j_lsp.migration.scope import JavaDocument
from l2j_lsp.settings import Settings
from tests.support.openai_server import OpenAIServer, Reply

JAVA = "package a.b;\npublic class Foo {\n    public int bar() { return 1; }\n}\n"


def settings(tmp_path: Path, server: OpenAIServer, model: str = "m1") -> Settings:
    return Settings.resolve(
        {
            "backend": "llm",
            "llm": {
                "baseUrl": server.base_url,
                "model": model,
                "apiKeyEnv": "NO_KEY_NEEDED_LOCALLY",
            },
        },
        tmp_path,
        environ={},
    )


async def test_cache_hits_skip_the_model(tmp_path: Path, openai_server: OpenAIServer) -> None:
    doc = JavaDocument(JAVA)
    job = Job(doc, tmp_path / "Foo.java", next(d for d in doc.declarations() if d.name == "bar"))
    s = settings(tmp_path, openai_server)
    request, _ = build_request(job, s)

    backend = create_backend("llm", s)
    first = await translate(backend, request)
    remember(backend, request, first)
    await backend.aclose()
    assert len(openai_server.chat_requests) == 1

    again = create_backend("llm", s)  # a new process would see the same file
    tokens: list[int] = []
    hit = await translate(again, request, lambda n, _t: tokens.append(n))
    await again.aclose()
    assert hit.cached and hit.go == first.go and tokens
    assert len(openai_server.chat_requests) == 1

    other = create_backend("llm", settings(tmp_path, openai_server, model="m2"))
    miss = await translate(other, request)
    await other.aclose()
    assert not miss.cached and len(openai_server.chat_requests) == 2


async def test_invalid_answers_are_not_cached(tmp_path: Path, openai_server: OpenAIServer) -> None:
    doc = JavaDocument(JAVA)
    job = Job(doc, tmp_path / "Foo.java", None)
    s = settings(tmp_path, openai_server)
    request, _ = build_request(job, s)
    openai_server.enqueue(Reply("no code here, sorry"))
    backend = create_backend("llm", s)
    with pytest.raises(InvalidOutput):
        await translate(backend, request)
    result = await translate(backend, request)
    await backend.aclose()
    assert not result.cached and len(openai_server.chat_requests) == 2
