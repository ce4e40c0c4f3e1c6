"""The llm backend against a real HTTP server on loopback."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any

import pytest

from l2j_lsp.backends.base import (
    Backend,
    BackendConfigError,
    BackendError,
    BackendUnavailable,
    InvalidOutput,
    TranslationRequest,
)
from l2j_lsp.backends.llm import LlmBackend, LlmConfig
from tests.llm.conftest import BackendFactory
from tests.support.openai_server import (
    Behaviour,
    Drop,
    Garbage,
    MidStreamError,
    OpenAIServer,
    Reply,
    Stall,
    Status,
)

REQUEST = TranslationRequest(
    java="public String getName() {\n\treturn _name;\n}",
    scope="method",
    name="getName",
    go_package="model",
    enclosing_type="L2Item",
)
GO = "func (i *L2Item) Name() string {\n\treturn i.name\n}\n"
ANSWER = f"```go\n{GO}```"


async def test_streams_tokens_and_returns_the_extracted_go(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    backend = make_backend(max_tokens=321, temperature=0.2)
    assert isinstance(backend, Backend) and backend.name == "llm"
    assert backend.model_id == f"test/model@{openai_server.base_url}"
    openai_server.enqueue(Reply(ANSWER, chunk_size=7))
    seen: list[tuple[int, str]] = []
    result = await backend.translate(REQUEST, lambda count, text: seen.append((count, text)))
    pieces = -(-len(ANSWER) // 7)
    assert [count for count, _ in seen] == list(range(1, pieces + 1))
    assert "".join(text for _, text in seen) == ANSWER
    assert result.go == GO and result.backend == "llm" and result.model == "test/model"
    assert result.tokens == pieces == result.usage["completion_tokens"]
    sent = openai_server.chat_requests[0].json
    assert sent is not None
    assert sent["stream"] is True and sent["stream_options"] == {"include_usage": True}
    assert sent["model"] == "test/model" and sent["max_tokens"] == 321
    assert sent["temperature"] == 0.2
    assert [m["role"] for m in sent["messages"]] == ["system", "user"]
    assert "getName" in sent["messages"][1]["content"]


async def test_default_responder_answers_with_go_for_the_enclosing_type(
    make_backend: BackendFactory,
) -> None:
    result = await make_backend().translate(REQUEST)
    assert result.go.startswith("func (i *L2Item) Name() {")


async def test_429_waits_for_retry_after_then_succeeds(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(Status(429, retry_after="1"), Reply(ANSWER))
    started = time.monotonic()
    result = await make_backend().translate(REQUEST)
    elapsed = time.monotonic() - started
    assert result.go == GO
    assert len(openai_server.chat_requests) == 2
    assert 0.9 <= elapsed < 5


async def test_a_long_retry_after_is_capped(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(Status(503, retry_after="3600"), Reply(ANSWER))
    started = time.monotonic()
    await make_backend(retry_after_cap_s=0.2).translate(REQUEST)
    assert time.monotonic() - started < 3


async def test_a_500_storm_gives_up_after_max_retries(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(*[Status(500, message="upstream exploded")] * 10)
    with pytest.raises(BackendUnavailable) as info:
        await make_backend(max_retries=2).translate(REQUEST)
    assert str(info.value) == (
        f"the LLM server at {openai_server.base_url} answered 500: upstream exploded "
        "(gave up after 3 attempts)"
    )
    assert len(openai_server.chat_requests) == 3


async def test_a_dropped_stream_is_retried_and_the_answer_restarts(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(Drop("```go\nfunc (i *L2Item) Na"), Reply(ANSWER, chunk_size=1000))
    counts: list[int] = []
    result = await make_backend().translate(REQUEST, lambda count, _: counts.append(count))
    assert counts == [1, 1]
    assert result.go == GO and result.tokens == 1
    assert len(openai_server.chat_requests) == 2


async def test_cancelling_a_stalled_stream_closes_the_connection(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(Stall())
    first_token = asyncio.Event()
    task = asyncio.create_task(make_backend().translate(REQUEST, lambda *_: first_token.set()))
    await asyncio.wait_for(first_token.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await asyncio.to_thread(openai_server.wait_for_disconnect, 5)


async def test_a_stalled_stream_times_out_with_a_clear_message(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(Stall())
    started = time.monotonic()
    with pytest.raises(BackendUnavailable, match=r"stalled: no data for 0\.5 s in the middle"):
        await make_backend(timeout_s=0.5).translate(REQUEST)
    assert time.monotonic() - started < 3
    # A stall is not retried: the user already waited timeout_s.
    assert len(openai_server.chat_requests) == 1
    assert await asyncio.to_thread(openai_server.wait_for_disconnect, 5)


async def test_no_answer_before_the_timeout_is_a_clear_error(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(Reply(ANSWER, delay_s=2))
    with pytest.raises(BackendUnavailable, match=r"sent no answer within 0\.3 s"):
        await make_backend(timeout_s=0.3).translate(REQUEST)


async def test_prose_is_invalid_output(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(Reply("Sorry, I can only help with Python questions."))
    with pytest.raises(
        InvalidOutput, match=r"^the model answered with prose, no Go code block: So"
    ):
        await make_backend().translate(REQUEST)


async def test_broken_go_is_invalid_output(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(
        Reply("```go\nfunc (i *L2Item) Name() string {\n\treturn i.name +\n}\n```")
    )
    with pytest.raises(InvalidOutput, match=r"^the model's Go does not parse: line 2"):
        await make_backend().translate(REQUEST)


async def test_an_answer_cut_at_max_tokens_says_so(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(
        Reply("```go\nfunc (i *L2Item) Name() string {\n\treturn", finish_reason="length")
    )
    with pytest.raises(InvalidOutput, match=r"cut at max_tokens=50\)$"):
        await make_backend(max_tokens=50).translate(REQUEST)


async def test_a_mid_stream_error_object_is_a_clear_error(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(MidStreamError("Provider returned error", code="bad_request"))
    with pytest.raises(BackendError) as info:
        await make_backend().translate(REQUEST)
    assert str(info.value) == (
        "the LLM server reported an error mid-answer (no code): Provider returned error"
    )
    assert len(openai_server.chat_requests) == 1


async def test_a_retryable_mid_stream_error_is_retried(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(MidStreamError("provider overloaded", code=502), Reply(ANSWER))
    assert (await make_backend().translate(REQUEST)).go == GO
    assert len(openai_server.chat_requests) == 2


async def test_finish_reason_error_without_an_error_object(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(MidStreamError("", error_object=False))
    with pytest.raises(BackendError, match="finish_reason 'error', model test/model"):
        await make_backend().translate(REQUEST)


async def test_a_malformed_stream_is_a_clear_error(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(Garbage())
    with pytest.raises(BackendError, match="sent a malformed stream"):
        await make_backend().translate(REQUEST)


@pytest.mark.parametrize(
    ("status", "error", "message"),
    [
        (401, BackendConfigError, r"^the API key was refused \(401\): .*OPENROUTER_API_KEY"),
        (402, BackendUnavailable, r"^out of credits \(402\): top up"),
        (404, BackendConfigError, r"'test/model' was not found .*l2j\.llm\.model"),
        (400, BackendError, r"refused the request \(400\): test server status 400"),
    ],
)
async def test_status_errors_are_not_retried_and_say_what_to_fix(
    openai_server: OpenAIServer,
    make_backend: BackendFactory,
    status: int,
    error: type[BackendError],
    message: str,
) -> None:
    openai_server.enqueue(Status(status))
    with pytest.raises(error, match=message) as info:
        await make_backend().translate(REQUEST)
    assert type(info.value) is error
    assert len(openai_server.chat_requests) == 1


async def test_a_server_refusing_stream_options_is_asked_again_without(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(
        Status(400, message="Unrecognized request argument supplied: stream_options"),
        Reply(ANSWER, chunk_size=10),
        Reply(ANSWER, chunk_size=10),
    )
    backend = make_backend(max_retries=0)
    result = await backend.translate(REQUEST)
    await backend.translate(REQUEST)
    sent = [r.json or {} for r in openai_server.chat_requests]
    assert ["stream_options" in body for body in sent] == [True, False, False]
    assert result.go == GO and result.usage == {} and result.tokens == -(-len(ANSWER) // 10)


async def test_missing_key_for_openrouter_fails_before_any_request() -> None:
    backend = LlmBackend(LlmConfig(base_url="https://openrouter.ai/api/v1", model="m"), environ={})
    started = time.monotonic()
    try:
        with pytest.raises(BackendConfigError, match=r"^no API key: set the environment variable"):
            await backend.translate(REQUEST)
    finally:
        await backend.aclose()
    assert time.monotonic() - started < 1


async def test_an_unreachable_server_is_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base_url = f"http://127.0.0.1:{port}/v1"
    config = LlmConfig(base_url=base_url, model="m", max_retries=1, backoff_base_s=0.01)
    backend = LlmBackend(config, environ={})
    try:
        with pytest.raises(BackendUnavailable) as info:
            await backend.translate(REQUEST)
    finally:
        await backend.aclose()
    message = str(info.value)
    assert message.startswith(f"cannot reach the LLM server at {base_url}: ")
    assert message.endswith("(gave up after 2 attempts)")


async def test_concurrency_is_capped_per_backend(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.responder = lambda _: Reply(ANSWER, delay_s=0.2)
    backend = make_backend(max_concurrency=2)
    results = await asyncio.gather(*[backend.translate(REQUEST) for _ in range(6)])
    assert all(r.go == GO for r in results)
    assert openai_server.max_in_flight == 2


async def test_local_servers_get_no_attribution_headers_and_the_named_key(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    await make_backend().translate(REQUEST)
    await make_backend({"LOCAL_KEY": "sk-local-1"}, api_key_env="LOCAL_KEY").translate(REQUEST)
    first, second = (r.headers for r in openai_server.chat_requests)
    for headers in (first, second):
        assert "http-referer" not in headers and "x-title" not in headers
    assert first["authorization"] == "Bearer sk-no-key"
    assert second["authorization"] == "Bearer sk-local-1"


async def test_the_key_is_read_at_call_time(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    environ: dict[str, str] = {}
    backend = make_backend(environ)
    await backend.translate(REQUEST)
    environ["OPENROUTER_API_KEY"] = "sk-later"
    await backend.translate(REQUEST)
    keys = [r.headers["authorization"] for r in openai_server.chat_requests]
    assert keys == ["Bearer sk-no-key", "Bearer sk-later"]


async def test_a_failing_token_callback_closes_the_stream(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(Stall())

    def explode(count: int, text: str) -> None:
        raise RuntimeError("editor went away")

    with pytest.raises(RuntimeError, match="editor went away"):
        await make_backend().translate(REQUEST, explode)
    assert await asyncio.to_thread(openai_server.wait_for_disconnect, 5)


async def test_refused_stream_options_do_not_use_up_a_retry(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    openai_server.enqueue(
        Status(400, message="stream_options is not supported"), Status(500), Status(500)
    )
    with pytest.raises(BackendUnavailable, match=r"gave up after 2 attempts"):
        await make_backend(max_retries=1).translate(REQUEST)
    assert len(openai_server.chat_requests) == 3


async def test_concurrent_requests_all_recover_from_refused_stream_options(
    openai_server: OpenAIServer, make_backend: BackendFactory
) -> None:
    def responder(body: dict[str, Any]) -> Behaviour:
        if "stream_options" in body:
            return Status(400, message="unknown field stream_options")
        return Reply(ANSWER, delay_s=0.05)

    openai_server.responder = responder
    backend = make_backend(max_retries=0)
    results = await asyncio.gather(*[backend.translate(REQUEST) for _ in range(4)])
    assert all(r.go == GO for r in results)
