"""One streamed chat completion, and what its failures mean for the user.

The openai library's own retries are off (``max_retries=0``): the backend retries itself, so
that waits, attempts and the restart of a half-streamed answer are visible and tested.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import cast

import openai
from openai.types.chat import ChatCompletionChunk, ChatCompletionMessageParam

from l2j_lsp.backends.base import BackendConfigError, BackendError, BackendUnavailable
from l2j_lsp.backends.llm.config import LlmConfig, attribution_headers
from l2j_lsp.backends.llm.prompt import ChatMessage
from l2j_lsp.backends.llm.retry import is_retryable_status, parse_retry_after


class RetryableFailure(Exception):
    """A failure worth another attempt; its message is what the user hears if none is left."""

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class StreamOptionsRejected(Exception):
    """The server refused ``stream_options`` (some local servers do): ask again without."""


@dataclass
class StreamedAnswer:
    text: str = ""
    chunks: int = 0
    finish_reason: str | None = None
    usage: dict[str, int] = field(default_factory=dict)


def make_client(config: LlmConfig) -> openai.AsyncOpenAI:
    """The shared HTTP client; each call sets its key with ``with_options``."""
    return openai.AsyncOpenAI(
        base_url=config.base_url,
        # Replaced per call; the real key is never kept on the long-lived client.
        api_key="unset",
        max_retries=0,
        # The read timeout bounds the silence between stream chunks, so a stalled stream
        # fails after timeout_s however long the whole answer takes.
        timeout=openai.Timeout(config.timeout_s, connect=config.connect_timeout_s),
        default_headers=attribution_headers(config),
    )


async def stream_answer(
    client: openai.AsyncOpenAI,
    config: LlmConfig,
    messages: list[ChatMessage],
    *,
    include_usage: bool,
    on_delta: Callable[[int, str], None] | None,
) -> StreamedAnswer:
    """Ask once and stream the answer, calling ``on_delta(chunks so far, text)``.

    Raises RetryableFailure, StreamOptionsRejected or a BackendError.
    """
    answer = StreamedAnswer()
    try:
        stream = await client.chat.completions.create(
            model=config.model,
            messages=cast("list[ChatCompletionMessageParam]", messages),
            temperature=config.temperature,
            max_tokens=config.max_tokens,
            stream=True,
            stream_options={"include_usage": True} if include_usage else openai.omit,
        )
    except openai.APITimeoutError as exc:
        raise BackendUnavailable(
            f"the LLM server at {config.base_url} sent no answer within {config.timeout_s:g} s"
        ) from exc
    except openai.APIError as exc:
        raise _classify(exc, config) from exc
    # Leaving this block, by the end, an error or a cancellation, closes the HTTP response,
    # so a cancelled translation does not keep the server generating.
    async with stream:
        while True:
            try:
                chunk = await anext(stream)
            except StopAsyncIteration:
                break
            except openai.APITimeoutError as exc:
                raise BackendUnavailable(
                    f"the LLM server at {config.base_url} stalled: no data for "
                    f"{config.timeout_s:g} s in the middle of the answer"
                ) from exc
            except openai.APIConnectionError as exc:
                raise RetryableFailure(
                    f"the connection to the LLM server at {config.base_url} broke "
                    f"mid-answer: {_cause(exc)}"
                ) from exc
            except openai.APIError as exc:
                raise _classify(exc, config) from exc
            except json.JSONDecodeError as exc:
                raise BackendError(
                    f"the LLM server at {config.base_url} sent a malformed stream "
                    f"(not OpenAI chat chunks): {exc}"
                ) from exc
            _take_chunk(chunk, answer, on_delta)
    if answer.finish_reason == "error":
        raise BackendError(
            f"the LLM server at {config.base_url} ended the answer with an error "
            f"(finish_reason 'error', model {config.model})"
        )
    return answer


def _take_chunk(
    chunk: ChatCompletionChunk,
    answer: StreamedAnswer,
    on_delta: Callable[[int, str], None] | None,
) -> None:
    if chunk.usage is not None:
        answer.usage = {
            "prompt_tokens": chunk.usage.prompt_tokens,
            "completion_tokens": chunk.usage.completion_tokens,
            "total_tokens": chunk.usage.total_tokens,
        }
    for choice in chunk.choices:
        if choice.finish_reason is not None:
            answer.finish_reason = choice.finish_reason
        text = choice.delta.content if choice.delta is not None else None
        if text:
            answer.text += text
            answer.chunks += 1
            if on_delta is not None:
                on_delta(answer.chunks, text)


def _classify(exc: openai.APIError, config: LlmConfig) -> Exception:
    """The user-facing meaning of an API failure (a RetryableFailure when worth retrying)."""
    if isinstance(exc, openai.APIConnectionError):
        return RetryableFailure(f"cannot reach the LLM server at {config.base_url}: {_cause(exc)}")
    detail = _server_message(exc)
    if not isinstance(exc, openai.APIStatusError):
        # An error object inside a 200 stream (OpenRouter reports provider failures so).
        code = _error_code(exc.body)
        text = f"the LLM server reported an error mid-answer ({code or 'no code'}): {detail}"
        if code is not None and is_retryable_status(code):
            return RetryableFailure(text)
        return BackendError(text)
    status = exc.status_code
    env = config.api_key_env
    if status == 401:
        return BackendConfigError(
            f"the API key was refused (401): check the key in the environment variable {env} "
            f"(the setting l2j.llm.apiKeyEnv names it): {detail}"
        )
    if status == 402:
        return BackendUnavailable(
            f"out of credits (402): top up the account of the key in {env} "
            f"(OpenRouter: https://openrouter.ai/settings/credits): {detail}"
        )
    if status == 404 or (status == 400 and "model" in detail.lower() and "valid" in detail.lower()):
        return BackendConfigError(
            f"the model {config.model!r} was not found at {config.base_url} ({status}): check "
            f"the setting l2j.llm.model (and l2j.llm.baseUrl): {detail}"
        )
    if status == 400 and "stream_options" in detail:
        return StreamOptionsRejected(detail)
    if is_retryable_status(status):
        headers = exc.response.headers
        return RetryableFailure(
            f"the LLM server at {config.base_url} answered {status}: {detail}",
            retry_after_s=parse_retry_after(headers.get("retry-after")),
        )
    return BackendError(
        f"the LLM server at {config.base_url} refused the request ({status}): {detail}"
    )


def _server_message(exc: openai.APIError) -> str:
    body = exc.body
    if isinstance(body, Mapping):
        inner = body.get("error", body)
        if isinstance(inner, Mapping) and isinstance(inner.get("message"), str):
            return str(inner["message"])
    return exc.message


def _error_code(body: object) -> int | None:
    if not isinstance(body, Mapping):
        return None
    code = body.get("code")
    if isinstance(code, int):
        return code
    if isinstance(code, str) and code.isdigit():
        return int(code)
    return None


def _cause(exc: BaseException) -> str:
    """The low-level reason (refused, reset, DNS) behind the library's generic message."""
    cause = exc.__cause__ or exc
    return str(cause) or type(cause).__name__
