"""`l2j-lsp migrate` as users run it: the real CLI in a subprocess, against the loopback
OpenAI server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from l2j_lsp.migration.validate import go_syntax_error
from tests.support.openai_server import OpenAIServer, Reply

KEY_ENV = "L2J_BATCH_TEST_KEY"

FILES = {
    "com/l2jserver/gameserver/model/L2Item.java": """package com.l2jserver.gameserver.model;
public class L2Item {
    private int _id;
    public int getId() { return _id; }
    public void setId(int id) { _id = id; }
}
""",
    "com/l2jserver/gameserver/model/L2Skill.java": """package com.l2jserver.gameserver.model;
public class L2Skill {
    public int level() { return 1; }
}
""",
    "com/l2jserver/Broken.java": "package com.l2jserver;\npublic class Broken { void x( }\n",
}


def run_cli(
    args: list[str], cwd: Path, server: OpenAIServer | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if server is not None:
        env["L2J_LLM_BASE_URL"] = server.base_url
        env["OPENROUTER_API_KEY"] = "sk-batch-secret"
    return subprocess.run(
        [sys.executable, "-m", "l2j_lsp", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for rel, text in FILES.items():
        path = tmp_path / "src" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def test_json_lines_per_declaration_and_exit_code(tree: Path, openai_server: OpenAIServer) -> None:
    proc = run_cli(
        ["migrate", "src", "--backend", "llm", "--scope", "method", "--json", "--jobs", "3"],
        tree,
        openai_server,
    )
    assert proc.returncode == 1, proc.stderr  # Broken.java has no well-formed method
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {tuple(sorted(line)) for line in lines} == {
        ("backend", "message", "name", "scope", "seconds", "source", "status", "target")
    }
    ok = [line for line in lines if line["status"] == "ok"]
    assert sorted(line["name"] for line in ok) == [
        "L2Item.getId",
        "L2Item.setId",
        "L2Skill.level",
    ]
    failed = [line for line in lines if line["status"] == "failed"]
    assert [Path(line["source"]).name for line in failed] == ["Broken.java"]
    assert "Broken.java" in proc.stderr
    item = tree / "build" / "go" / "gameserver" / "model" / "l2_item.go"
    text = item.read_text()
    # Both methods of one file were merged into one Go file, neither lost.
    assert text.count("func (") == 2 and go_syntax_error(text) is None
    assert "sk-batch-secret" not in proc.stdout + proc.stderr


def test_human_summary_one_line_per_file(tree: Path, openai_server: OpenAIServer) -> None:
    (tree / "src" / "com" / "l2jserver" / "Broken.java").unlink()
    proc = run_cli(["migrate", "src", "--backend", "llm", "--out", "out"], tree, openai_server)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 3 and lines[-1].startswith("2/2 files migrated to out with llm")
    assert all(" ok " in line for line in lines[:2])
    assert (tree / "out" / "gameserver" / "model" / "l2_skill.go").exists()


def test_failures_are_named_and_nothing_half_written(
    tree: Path, openai_server: OpenAIServer
) -> None:
    (tree / "src" / "com" / "l2jserver" / "Broken.java").unlink()
    openai_server.responder = lambda _request: Reply("Sorry, I cannot help with that.")
    proc = run_cli(["migrate", "src", "--backend", "llm", "--json"], tree, openai_server)
    assert proc.returncode == 1
    assert all(json.loads(line)["status"] == "failed" for line in proc.stdout.splitlines())
    assert "prose" in proc.stderr
    assert not (tree / "build").exists() or not list((tree / "build").rglob("*.go"))


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    proc = run_cli(["migrate", "nowhere"], tmp_path)
    assert proc.returncode == 2
    assert "nowhere: no such source root" in proc.stderr
    (tmp_path / "empty").mkdir()
    per_file = run_cli(["migrate", "empty", "--backend", "llm"], tmp_path)
    assert per_file.returncode == 2
    assert "no Java files found" in per_file.stderr
    bad = run_cli(["migrate", ".", "--backend", "gpt"], tmp_path)
    assert bad.returncode == 2


def test_non_utf8_java_is_named(tmp_path: Path, openai_server: OpenAIServer) -> None:
    path = tmp_path / "Latin.java"
    path.write_bytes('class Latin { String s = "caf\u00e9"; }'.encode("latin-1"))
    proc = run_cli(["migrate", "Latin.java", "--backend", "llm"], tmp_path, openai_server)
    assert proc.returncode == 1
    assert "not UTF-8" in proc.stderr and "Latin.java" in proc.stderr
