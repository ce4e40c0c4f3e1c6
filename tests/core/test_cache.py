"""The translation cache: a second identical request costs no model call; a different
model or prompt misses; only validated answers are kept; a cache file that cannot be read
is set aside and rebuilt, never an error."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from l2j_lsp.backends.base import InvalidOutput, TranslationResult
from l2j_lsp.backends.cache import TranslationCache, remember
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


def _noise(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE translations (id INTEGER PRIMARY KEY, blob BLOB)")


@pytest.mark.parametrize("damage", [_noise, _foreign], ids=["noise", "foreign-table"])
async def test_an_unreadable_cache_is_set_aside_and_rebuilt(
    tmp_path: Path,
    openai_server: OpenAIServer,
    caplog: pytest.LogCaptureFixture,
    damage: Callable[[Path], None],
) -> None:
    s = settings(tmp_path, openai_server)
    s.cache_path.parent.mkdir(parents=True)
    damage(s.cache_path)
    before = s.cache_path.read_bytes()
    doc = JavaDocument(JAVA)
    request, _ = build_request(Job(doc, tmp_path / "Foo.java", None), s)
    backend = create_backend("llm", s)
    first = await translate(backend, request)
    remember(backend, request, first)
    again = await translate(backend, request)
    await backend.aclose()
    assert again.cached and len(openai_server.chat_requests) == 1  # the new cache works
    [aside] = s.cache_path.parent.glob("cache.sqlite.corrupt-*")
    assert aside.read_bytes() == before  # kept, for whoever wants to look
    assert f"moved it to {aside.name} and started a new one" in caplog.text


async def test_damaged_pages_met_later_are_a_miss_not_an_error(
    tmp_path: Path, openai_server: OpenAIServer, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "cache.sqlite"
    cache = TranslationCache(path)
    for i in range(300):
        cache.put(f"k{i}", TranslationResult(go=f"func F{i}() {{}}\n" * 20, backend="llm"))
    cache.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 6] = bytes(page * 3)  # zero three pages in the middle
    path.write_bytes(bytes(data))
    cache = TranslationCache(path)
    results = [cache.get(f"k{i}") for i in range(300)]
    cache.close()
    assert None in results  # what the damage took is a miss...
    assert "could not be read" in caplog.text  # ...and the file was set aside once
    assert len(list(tmp_path.glob("cache.sqlite.corrupt-*"))) == 1


async def test_auto_falls_back_to_rules_with_a_corrupt_cache(tmp_path: Path) -> None:
    s = Settings.resolve(
        {"llm": {"baseUrl": "http://127.0.0.1:9/v1", "apiKeyEnv": "L2J_NO_KEY", "maxRetries": 0}},
        tmp_path,
        environ={},
    )
    s.cache_path.parent.mkdir(parents=True)
    _noise(s.cache_path)
    doc = JavaDocument(JAVA)
    job = Job(doc, tmp_path / "Foo.java", next(d for d in doc.declarations() if d.name == "bar"))
    request, _ = build_request(job, s)
    backend = create_backend("auto", s)
    result = await translate(backend, request)
    await backend.aclose()
    assert result.backend == "rules" and "func" in result.go
    assert any("llm: unavailable" in step for step in result.route)
