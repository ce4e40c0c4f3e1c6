from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.server.lsp_session import KEY_ENV, Session, start_session, stop_session
from tests.support.openai_server import OpenAIServer


def llm_settings(server: OpenAIServer, **extra: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "backend": "llm",
        "llm": {
            "baseUrl": server.base_url,
            "model": "test/qwen-coder",
            "apiKeyEnv": KEY_ENV,
            "timeout": 20,
            "maxRetries": 3,
        },
        "cache": {"enabled": False},
    }
    settings.update(extra)
    return settings


@pytest_asyncio.fixture(params=["visual-studio-code", "neovim"])
async def lsp(
    request: pytest.FixtureRequest, tmp_path: Path, openai_server: OpenAIServer
) -> AsyncIterator[Session]:
    """A server over stdio with the capabilities of VS Code or of Neovim."""
    session = await start_session(tmp_path, llm_settings(openai_server), request.param)
    yield session
    await stop_session(session)


@pytest_asyncio.fixture
async def vscode(tmp_path: Path, openai_server: OpenAIServer) -> AsyncIterator[Session]:
    """A server with VS Code's capabilities, for tests where the client does not matter."""
    session = await start_session(tmp_path, llm_settings(openai_server))
    yield session
    await stop_session(session)
