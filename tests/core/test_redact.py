"""Secrets never reach a message, a log line or the dataset: the redactor, and the settings
that refuse a key where a variable name belongs."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from l2j_lsp.redact import MASK, looks_like_key, redact, remember, url_secrets
from l2j_lsp.settings import Settings, SettingsError


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("cannot reach http://alice:pw-8c1e2f@127.0.0.1:9/v1 now", "pw-8c1e2f"),
        ("refused (Authorization: Basic YWxpY2U6cHctOGMxZTJm)", "YWxpY2U6cHctOGMxZTJm"),
        ("header was Bearer tok_7d9e0a1b2c", "tok_7d9e0a1b2c"),
        ("key sk-or-v1-0123456789abcdef0123 in the text", "sk-or-v1-0123456789abcdef0123"),
        ("GET /v1/models?api_key=q1w2e3r4t5 failed", "q1w2e3r4t5"),
        ("a token hf_abcdefghijklmnopqrstuv here", "hf_abcdefghijklmnopqrstuv"),
    ],
)
def test_credentials_are_masked_by_their_shape(text: str, secret: str) -> None:
    masked = redact(text)
    assert secret not in masked and MASK in masked


def test_known_secrets_are_masked_in_every_form() -> None:
    secret = "plain0ld%40Passw0rd"  # as written in a URL: "@" percent-encoded
    remember(secret)
    encoded = base64.b64encode(secret.encode()).decode()
    assert redact(f"echo {secret}!") == f"echo {MASK}!"
    assert redact("decoded plain0ld@Passw0rd") == f"decoded {MASK}"
    assert encoded not in redact(f"x{encoded}y")


def test_ordinary_messages_are_left_alone() -> None:
    for text in (
        "Migrate method 'use' to Go failed: the model's Go does not parse: 3:1",
        "basic types map to Go types; 12 tokens from llm",
        "go/gameserver/model/l2_item.go written",
    ):
        assert redact(text) == text


def test_url_credentials_are_found() -> None:
    assert "s3cr%2Ft" in url_secrets("https://bob:s3cr%2Ft@example.com/v1")
    assert "s3cr/t" in url_secrets("https://bob:s3cr%2Ft@example.com/v1")
    assert url_secrets("https://example.com/v1") == []


def test_a_key_in_api_key_env_is_refused_and_never_shown(tmp_path: Path) -> None:
    key = "sk-or-v1-5f0e9d8c7b6a5f4e3d2c1b0a"
    assert looks_like_key(key) and not looks_like_key("OPENROUTER_API_KEY")
    with pytest.raises(SettingsError) as info:
        Settings.resolve({"llm": {"apiKeyEnv": key}}, tmp_path, environ={})
    assert "apiKeyEnv" in str(info.value) and key not in str(info.value)
    assert key not in redact(f"the variable {key} is not set")


def test_url_credentials_in_settings_are_masked_from_then_on(tmp_path: Path) -> None:
    url = "http://carol:Zq9-url-pass@127.0.0.1:8000/v1"
    Settings.resolve({"llm": {"baseUrl": url}}, tmp_path, environ={})
    assert "Zq9-url-pass" not in redact("a server said: bad password Zq9-url-pass")
