from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from l2j_lsp.backends.base import BackendConfigError
from l2j_lsp.backends.llm import LlmBackend, LlmConfig
from l2j_lsp.backends.llm.config import PLACEHOLDER_KEY, attribution_headers, resolve_api_key
from l2j_lsp.backends.llm.retry import backoff_delay, is_retryable_status, parse_retry_after

OPENROUTER = LlmConfig(
    base_url="https://openrouter.ai/api/v1", model="qwen/qwen-2.5-coder-32b-instruct"
)
LOCAL = LlmConfig(base_url="http://127.0.0.1:8000/v1", model="local")


def test_attribution_headers_only_for_openrouter() -> None:
    assert attribution_headers(OPENROUTER) == {
        "HTTP-Referer": "https://github.com/l2j-lsp/l2j-lsp",
        "X-Title": "l2j-lsp",
    }
    assert attribution_headers(LOCAL) == {}
    # A host that merely contains the name is not OpenRouter.
    lookalike = LlmConfig(base_url="https://openrouter.ai.example.com/v1", model="m")
    assert attribution_headers(lookalike) == {}


def test_key_is_read_from_the_named_variable_at_call_time() -> None:
    environ = {"MY_KEY": "sk-or-123"}
    config = LlmConfig(base_url=OPENROUTER.base_url, model="m", api_key_env="MY_KEY")
    assert resolve_api_key(config, environ) == "sk-or-123"
    environ["MY_KEY"] = "sk-or-456"
    assert resolve_api_key(config, environ) == "sk-or-456"
    assert "sk-or" not in repr(config)


def test_local_servers_get_a_placeholder_key_and_openrouter_demands_one() -> None:
    assert resolve_api_key(LOCAL, {}) == PLACEHOLDER_KEY
    with pytest.raises(BackendConfigError) as info:
        resolve_api_key(OPENROUTER, {"OPENROUTER_API_KEY": "  "})
    assert str(info.value) == (
        "no API key: set the environment variable OPENROUTER_API_KEY "
        "(the setting l2j.llm.apiKeyEnv names it)"
    )


@pytest.mark.parametrize(
    ("status", "retry"),
    [(408, True), (409, True), (429, True), (500, True), (503, True), (400, False), (401, False),
     (402, False), (404, False)],
)  # fmt: skip
def test_retryable_statuses(status: int, retry: bool) -> None:
    assert is_retryable_status(status) is retry


def test_retry_after_in_seconds_and_as_an_http_date() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("1.5") == 1.5
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, now=now) == pytest.approx(30.0)
    earlier = format_datetime(now - timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(earlier, now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    rng = random.Random(1)
    for retry in range(8):
        ceiling = min(8.0, 0.5 * 2**retry)
        delay = backoff_delay(retry, 0.5, 8.0, rng)
        assert ceiling / 2 <= delay <= ceiling
    assert len({backoff_delay(3, 0.5, 8.0, rng) for _ in range(5)}) > 1


@pytest.mark.parametrize("url", ["localhost:8000/v1", "ftp://host/v1", "http:///v1", ""])
def test_a_base_url_that_is_not_http_is_a_config_error(url: str) -> None:
    with pytest.raises(BackendConfigError, match=r"is not an http\(s\) URL: fix the setting"):
        LlmBackend(LlmConfig(base_url=url, model="m"), environ={})
