"""`l2j-lsp migrate --repair N` as users run it: a subprocess, the loopback OpenAI server,
the real Go toolchain."""

from __future__ import annotations

import json
from pathlib import Path

from l2j_lsp.module.gotool import run_go
from tests.repair.conftest import BAD, GOOD, clean_env, cli, write_project
from tests.support.openai_server import OpenAIServer, Reply


def test_repair_fixes_the_stub_and_the_module_builds(tmp_path: Path) -> None:
    src = write_project(tmp_path)
    out = tmp_path / "go"
    with OpenAIServer() as server:
        server.enqueue(Reply(BAD), Reply(GOOD))
        env = {**clean_env(), "L2J_LLM_BASE_URL": server.base_url}
        proc = cli(["migrate", str(src), "--out", str(out), "--repair", "2"], tmp_path, env)
        assert proc.returncode == 0, proc.stderr
        assert len(server.chat_requests) == 2  # one stubbed method, two rounds
    report = json.loads((out / "l2j-migration.json").read_text())
    assert report["repaired"] == 1
    assert report["stubbed"] == 0 and report["migrated"] == report["methods"]
    assert report["stubbed_by_reason"] == {}
    assert report["build"] == {"ok": True, "errors": 0}
    go = (out / "demo" / "calc.go").read_text()
    assert "fmt.Sprint(o)" in go and "l2j: not migrated" not in go
    assert "repaired by the LLM: 1" in proc.stdout
    ok, _, text = run_go(out, "vet")
    assert ok, text
    # The source map follows: the repaired method is no longer stubbed, and the
    # declarations after it still point at their own lines.
    smap = json.loads((out / "l2j-sourcemap.json").read_text())
    lines = go.split("\n")
    for d in smap["files"][0]["decls"]:
        assert not d["stubbed"]
        a, _ = d["go_lines"]
        name = d["symbol"].split("#")[-1].split("/")[0]
        if d["kind"] == "method" and name in ("add", "main"):
            assert name.capitalize() in lines[a - 1] or name.capitalize() in lines[a], d


def test_a_repair_that_never_compiles_keeps_the_stub(tmp_path: Path) -> None:
    src = write_project(tmp_path)
    out = tmp_path / "go"
    with OpenAIServer(responder=lambda body: Reply(BAD)) as server:
        env = {**clean_env(), "L2J_LLM_BASE_URL": server.base_url}
        proc = cli(["migrate", str(src), "--out", str(out), "--repair", "1"], tmp_path, env)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((out / "l2j-migration.json").read_text())
    assert report["repaired"] == 0 and report["stubbed"] == 1
    assert report["build"]["ok"]
    assert "l2j: not migrated" in (out / "demo" / "calc.go").read_text()


def test_repair_without_an_llm_exits_2_before_any_work(tmp_path: Path) -> None:
    src = write_project(tmp_path)
    out = tmp_path / "go"
    proc = cli(["migrate", str(src), "--out", str(out), "--repair", "2"], tmp_path, clean_env())
    assert proc.returncode == 2
    assert "--repair needs an LLM" in proc.stderr and "OPENROUTER_API_KEY" in proc.stderr
    assert not out.exists()


def test_repair_needs_the_check(tmp_path: Path) -> None:
    src = write_project(tmp_path)
    env = {**clean_env(), "L2J_LLM_BASE_URL": "http://127.0.0.1:9/v1"}
    args = ["migrate", str(src), "--out", str(tmp_path / "go"), "--repair", "1", "--no-check"]
    proc = cli(args, tmp_path, env)
    assert proc.returncode == 2 and "--repair needs the type check" in proc.stderr
