"""The llm backend's settings, its API key lookup and its request headers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from l2j_lsp.backends.base import BackendConfigError
from l2j_lsp.redact import redact, remember

# Local OpenAI-compatible servers (vLLM, Ollama, llama.cpp) ignore the key, but the client
# library insists on one.
PLACEHOLDER_KEY = "sk-no-key"


@dataclass(frozen=True)
class LlmConfig:
    """Where and how to ask. Holds the NAME of the key's environment variable, never the key."""

    base_url: str
    model: str
    api_key_env: str = "OPENROUTER_API_KEY"
    # Seconds the server may stay silent (before the first byte, or between stream chunks).
    timeout_s: float = 120.0
    connect_timeout_s: float = 10.0
    # Retries after the first attempt, for 408/409/429/5xx and connection failures.
    max_retries: int = 4
    max_concurrency: int = 4
    temperature: float = 0.1
    max_tokens: int = 4096
    referer: str = "https://github.com/l2j-lsp/l2j-lsp"
    title: str = "l2j-lsp"
    # Backoff when the server gives no Retry-After: base * 2**retry, capped, with jitter.
    backoff_base_s: float = 0.5
    backoff_max_s: float = 8.0
    # A longer Retry-After is cut to this: the user is waiting in the editor.
    retry_after_cap_s: float = 60.0


def is_openrouter(base_url: str) -> bool:
    host = (urlsplit(base_url).hostname or "").lower()
    return host == "openrouter.ai" or host.endswith(".openrouter.ai")


def attribution_headers(config: LlmConfig) -> dict[str, str]:
    """OpenRouter's optional app attribution; other servers get nothing extra."""
    if not is_openrouter(config.base_url):
        return {}
    return {"HTTP-Referer": config.referer, "X-Title": config.title}


def check_base_url(base_url: str) -> None:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BackendConfigError(
            f"the LLM base URL {redact(base_url)!r} is not an http(s) URL: fix the setting "
            "l2j.llm.baseUrl (or L2J_LLM_BASE_URL), e.g. http://127.0.0.1:8000/v1"
        )


def resolve_api_key(config: LlmConfig, environ: Mapping[str, str]) -> str:
    """The key from the environment variable the config names, read now (not at start-up),
    so a key exported after the server started is picked up."""
    key = environ.get(config.api_key_env, "").strip()
    if key:
        remember(key)
        return key
    if is_openrouter(config.base_url):
        raise BackendConfigError(
            f"no API key: set the environment variable {config.api_key_env} "
            "(the setting l2j.llm.apiKeyEnv names it)"
        )
    return PLACEHOLDER_KEY
