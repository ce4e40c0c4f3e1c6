"""The API key goes to the server in the Authorization header and nowhere else."""

from __future__ import annotations

import logging
import socket
import traceback

import pytest

from l2j_lsp.backends.base import BackendError, TranslationRequest
from l2j_lsp.backends.llm import LlmBackend, LlmConfig
from tests.llm.conftest import BackendFactory
from tests.support.openai_server import Behaviour, MidStreamError, OpenAIServer, Reply, Status

KEY = "sk-or-v1-SECRET-7f3a9c2e1d"
REQUEST = TranslationRequest(
    java="public int getId() {\n\treturn _id;\n}",
    scope="method",
    name="getId",
    go_package="model",
    enclosing_type="L2Npc",
)


def _leaks(exc: BaseException) -> bool:
    texts = [str(exc), repr(exc), *map(str, exc.args), "".join(traceback.format_exception(exc))]
    return any(KEY in text for text in texts)


# Servers that echo the key back in their error text are the worst case.
FAILURES: list[list[Behaviour]] = [
    [Status(401, message=f"Incorrect API key provided: {KEY}")],
    [Status(402)],
    [Status(500, message=f"upstream refused {KEY}")] * 3,
    [Status(429, retry_after="0")] * 3,
    [MidStreamError(f"provider rejected key {KEY}")],
    [Reply("I am only prose, and the key is " + KEY)],
]


@pytest.mark.parametrize("behaviours", FAILURES)
async def test_the_key_never_reaches_errors_or_logs(
    openai_server: OpenAIServer,
    make_backend: BackendFactory,
    caplog: pytest.LogCaptureFixture,
    behaviours: list[Behaviour],
) -> None:
    caplog.set_level(logging.DEBUG)
    openai_server.enqueue(*behaviours)
    backend = make_backend({"OPENROUTER_API_KEY": KEY}, max_retries=2)
    with pytest.raises(BackendError) as info:
        await backend.translate(REQUEST)
    # The test is only meaningful if the key was really sent.
    assert openai_server.chat_requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert not _leaks(info.value)
    assert KEY not in caplog.text
    assert KEY not in repr(backend) and KEY not in repr(backend.config)


async def test_the_key_is_not_in_a_result_or_its_logs(
    openai_server: OpenAIServer, make_backend: BackendFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    result = await make_backend({"OPENROUTER_API_KEY": KEY}).translate(REQUEST)
    assert openai_server.chat_requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert KEY not in repr(result) and KEY not in caplog.text
    assert any(record.name == "l2j.llm" for record in caplog.records)


async def test_the_key_is_not_in_a_connection_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = LlmConfig(base_url=f"http://127.0.0.1:{port}/v1", model="m", max_retries=1,
                       backoff_base_s=0.01)  # fmt: skip
    backend = LlmBackend(config, environ={"OPENROUTER_API_KEY": KEY})
    try:
        with pytest.raises(BackendError) as info:
            await backend.translate(REQUEST)
    finally:
        await backend.aclose()
    assert not _leaks(info.value) and KEY not in caplog.text
