"""The ``llm`` backend: any OpenAI-compatible chat API (OpenRouter, vLLM, Ollama, llama.cpp)."""

from __future__ import annotations

import asyncio
import logging
import os
import random
from collections.abc import Mapping

from l2j_lsp.backends.base import (
    BackendError,
    BackendUnavailable,
    InvalidOutput,
    TokenCallback,
    TranslationRequest,
    TranslationResult,
)
from l2j_lsp.backends.llm.client import (
    RetryableFailure,
    StreamedAnswer,
    StreamOptionsRejected,
    make_client,
    stream_answer,
)
from l2j_lsp.backends.llm.config import LlmConfig, check_base_url, resolve_api_key
from l2j_lsp.backends.llm.extract import extract_go
from l2j_lsp.backends.llm.prompt import ChatMessage, build_messages
from l2j_lsp.backends.llm.retry import backoff_delay
from l2j_lsp.redact import redact, redact_exception, remember, url_secrets

log = logging.getLogger("l2j.llm")


class LlmBackend:
    name = "llm"

    def __init__(
        self,
        config: LlmConfig,
        environ: Mapping[str, str] | None = None,
        *,
        rng: random.Random | None = None,
    ) -> None:
        check_base_url(config.base_url)
        # A password in the URL travels as Basic auth: mask it wherever it shows.
        remember(*url_secrets(config.base_url))
        self.config = config
        self._environ = os.environ if environ is None else environ
        self._rng = rng or random.Random()
        self._client = make_client(config)
        self._slots = asyncio.Semaphore(config.max_concurrency)
        # Cleared for good once the server refuses stream_options; token counts then come
        # from counting chunks.
        self._include_usage = True

    @property
    def model_id(self) -> str:
        # The same model name can be a different model on another server (quantised, say).
        return f"{self.config.model}@{self.config.base_url}"

    def __repr__(self) -> str:
        return f"LlmBackend(base_url={redact(self.config.base_url)!r}, model={self.config.model!r})"

    async def translate(
        self, request: TranslationRequest, on_token: TokenCallback | None = None
    ) -> TranslationResult:
        key = resolve_api_key(self.config, self._environ)
        try:
            answer = await self._ask(request, key, on_token)
            go = self._extract(request, answer)
        except BackendError as exc:
            # Servers sometimes echo the key (or the whole Authorization header) in an
            # error; it must not reach the user, a log or a printed traceback (which shows
            # the chained library errors too).
            redact_exception(exc)
            raise
        tokens = answer.usage.get("completion_tokens", answer.chunks)
        log.info(
            "translated %s %r with %s: %d tokens", request.scope, request.name,
            self.config.model, tokens,
        )  # fmt: skip
        return TranslationResult(
            go=go, backend=self.name, model=self.config.model, tokens=tokens, usage=answer.usage
        )

    async def complete(
        self, messages: list[ChatMessage], what: str, on_token: TokenCallback | None = None
    ) -> TranslationResult:
        """One answer to messages the caller built (the repair loop's prompt), with the
        same retries; ``go`` holds the answer's raw text, not yet extracted."""
        key = resolve_api_key(self.config, self._environ)
        try:
            answer = await self._ask_messages(messages, what, key, on_token)
        except BackendError as exc:
            redact_exception(exc)
            raise
        tokens = answer.usage.get("completion_tokens", answer.chunks)
        return TranslationResult(
            go=answer.text, backend=self.name, model=self.config.model, tokens=tokens,
            usage=answer.usage,
        )  # fmt: skip

    async def _ask(
        self, request: TranslationRequest, key: str, on_token: TokenCallback | None
    ) -> StreamedAnswer:
        what = f"{request.scope} {request.name!r}"
        return await self._ask_messages(build_messages(request), what, key, on_token)

    async def _ask_messages(
        self, messages: list[ChatMessage], what: str, key: str, on_token: TokenCallback | None
    ) -> StreamedAnswer:
        client = self._client.with_options(api_key=key)
        attempts = self.config.max_retries + 1
        attempt = 0
        include_usage = self._include_usage
        while True:
            attempt += 1
            log.debug(
                "asking %s at %s for %s (attempt %d of %d)", self.config.model,
                self.config.base_url, what, attempt, attempts,
            )  # fmt: skip
            try:
                async with self._slots:
                    # A retry restarts the answer: counts and text begin again from zero.
                    return await stream_answer(
                        client,
                        self.config,
                        messages,
                        include_usage=include_usage,
                        on_delta=on_token,
                    )
            except StreamOptionsRejected:
                if not include_usage:
                    raise BackendError(
                        f"the LLM server at {self.config.base_url} refused the request (400) "
                        "over stream_options"
                    ) from None
                log.info("%s refuses stream_options; asking without", self.config.base_url)
                self._include_usage = include_usage = False
                attempt -= 1  # not the server's failure: a free retry
                continue
            except RetryableFailure as failure:
                message = redact(str(failure))
                if attempt >= attempts:
                    raise BackendUnavailable(
                        f"{message} (gave up after {attempts} attempts)"
                    ) from None
                delay = self._delay(attempt - 1, failure.retry_after_s)
                log.warning(
                    "%s; retrying in %.2f s (attempt %d of %d)", message, delay, attempt + 1,
                    attempts,
                )  # fmt: skip
            await asyncio.sleep(delay)

    def _delay(self, retry: int, retry_after_s: float | None) -> float:
        if retry_after_s is not None:
            return min(retry_after_s, self.config.retry_after_cap_s)
        return backoff_delay(
            retry, self.config.backoff_base_s, self.config.backoff_max_s, self._rng
        )

    def _extract(self, request: TranslationRequest, answer: StreamedAnswer) -> str:
        try:
            return extract_go(answer.text, request.scope, request.go_package)
        except InvalidOutput as exc:
            if answer.finish_reason == "length":
                raise InvalidOutput(
                    f"{exc} (the answer was cut at max_tokens={self.config.max_tokens})"
                ) from None
            raise

    async def aclose(self) -> None:
        await self._client.close()
