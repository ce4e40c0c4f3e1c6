"""``l2j-lsp synth`` against the loopback OpenAI-compatible server: real HTTP, the real llm
backend, the real pipeline checks, gofmt and go vet from the venv's toolchain."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from l2j_lsp.training.plan import build_plan
from l2j_lsp.training.store import DatasetStore
from l2j_lsp.training.synth import pair_name, run
from l2j_lsp.training.synth_context import DependencyGo, dependency_context, outline
from l2j_lsp.training.synth_vet import vet_go
from tests.bootstrap.conftest import needs_go
from tests.support.openai_server import Behaviour, OpenAIServer, Reply, default_responder

JAVA = {
    "p/model/Base.java": (
        "package p.model;\n\npublic class Base {\n\tprotected int _id;\n\n"
        "\tpublic int getId() {\n\t\treturn _id;\n\t}\n}\n"
    ),
    "p/model/Item.java": (
        "package p.model;\n\npublic class Item extends Base {\n\tprivate String _name;\n\n"
        "\tpublic String getName() {\n\t\treturn _name;\n\t}\n}\n"
    ),
    "p/shop/Shop.java": (
        "package p.shop;\n\nimport p.model.Item;\n\npublic class Shop {\n\tprivate Item _item;\n\n"
        "\tpublic Item getItem() {\n\t\treturn _item;\n\t}\n}\n"
    ),
    "p/util/Rnd.java": (
        "package p.util;\n\npublic final class Rnd {\n\tpublic static int get(int n) {\n"
        "\t\treturn n;\n\t}\n}\n"
    ),
    "p/util/Talk.java": "package p.util;\n\npublic class Talk {\n\tpublic void say() {}\n}\n",
}
PROSE = "I am sorry, but I cannot translate this file without more context."
SECRET = "sk-or-v1-secret-test-key-0123456789"


def make_plan(root: Path) -> Path:
    for rel, text in JAVA.items():
        (root / "src" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "src" / rel).write_text(text, encoding="utf-8")
    plan, _ = build_plan(root / "src")
    path = root / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    return path


def user_text(body: dict[str, Any] | None) -> str:
    assert body is not None
    return str(body["messages"][-1]["content"])


def source_of(body: dict[str, Any] | None) -> str:
    found = re.search(r"^Source file: (\S+)", user_text(body), re.M)
    assert found is not None
    return found.group(1)


def prose_for(java_path: str) -> Any:
    def respond(body: dict[str, Any]) -> Behaviour:
        return Reply(PROSE) if source_of(body) == java_path else default_responder(body)

    return respond


def synth(tmp_path: Path, limit: int | None = None, jobs: int = 3) -> int:
    return run(
        plan=tmp_path / "plan.json",
        output=tmp_path / "pairs",
        limit=limit,
        jobs=jobs,
        dataset=tmp_path / "dataset.sqlite",
    )


def pair_files(tmp_path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in (tmp_path / "pairs").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[data["source_file"]] = data
    return out


def test_pairs_in_plan_order_with_dependencies_as_context_and_resume(
    tmp_path: Path,
    synth_env: OpenAIServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_plan(tmp_path)
    # A key in the environment: sent to the server, never written anywhere.
    monkeypatch.setenv("OPENROUTER_API_KEY", SECRET)
    synth_env.api_key = SECRET
    synth_env.responder = prose_for("p/util/Talk.java")

    assert synth(tmp_path) == 1
    out, errors = capsys.readouterr()
    assert "p/util/Talk.java" in errors and "prose" in errors

    pairs = pair_files(tmp_path)
    assert sorted(pairs) == ["p/model/Base.java", "p/model/Item.java", "p/shop/Shop.java",
                             "p/util/Rnd.java"]  # fmt: skip
    assert not (tmp_path / "pairs" / pair_name("p/util/Talk.java")).exists()
    item = pairs["p/model/Item.java"]
    assert item["input_code"] == JAVA["p/model/Item.java"]
    assert (
        item["output_code"].startswith("package model\n")
        and "type Item struct" in (item["output_code"])
    )
    # The configured model (the default): the loopback server serves any name.
    assert (
        item["model"] == "qwen/qwen-2.5-coder-32b-instruct"
        and item["scope"] == "file"
        and item["created_at"]
    )
    assert item["architecture_trace"]["context_from"] == ["p/model/Base.java"]
    assert item["validation"]["go_vet"] in (
        "passed",
        "type-checked; names from other files left unresolved",
    )

    with DatasetStore(tmp_path / "dataset.sqlite") as store:
        stored = store.pairs()
    assert sorted(p.source_file for p in stored) == sorted(pairs)
    assert {p.status for p in stored} == {"synthetic"} and {p.backend for p in stored} == {"llm"}

    # The dependencies' Go rode along: Base's in Item's prompt, Item's (with its import
    # path) in Shop's, none in Base's.
    prompts = {source_of(r.json): user_text(r.json) for r in synth_env.chat_requests}
    assert "type Base struct" in prompts["p/model/Item.java"]
    assert "same package" in prompts["p/model/Item.java"]
    assert 'import "l2jgo/p/model"' in prompts["p/shop/Shop.java"]
    assert "type Item struct" in prompts["p/shop/Shop.java"]
    assert "already migrated" not in prompts["p/model/Base.java"]

    # Token counts: the summary adds up the usage of the pairs that counted.
    found = re.search(r"(\d+) prompt \+ (\d+) completion tokens", out)
    assert found is not None, out
    completion = sum(p["usage"]["completion_tokens"] for p in pairs.values())
    assert int(found.group(1)) > 0 and int(found.group(2)) == completion > 0
    assert "4 pairs written, 1 failed" in out

    everything = out + errors + "".join(p.read_text() for p in (tmp_path / "pairs").iterdir())
    assert SECRET not in everything
    assert SECRET.encode() not in (tmp_path / "dataset.sqlite").read_bytes()

    # Resume: only the failed file is asked again.
    synth_env.responder = default_responder
    asked = len(synth_env.chat_requests)
    assert synth(tmp_path) == 0
    out, _ = capsys.readouterr()
    assert [source_of(r.json) for r in synth_env.chat_requests[asked:]] == ["p/util/Talk.java"]
    assert "1 pairs written, 0 failed, 4 done before" in out and "0 left" in out
    with DatasetStore(tmp_path / "dataset.sqlite") as store:
        assert len(store.pairs()) == 5


def test_limit_takes_the_next_files_in_plan_order(
    tmp_path: Path, synth_env: OpenAIServer, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = json.loads(make_plan(tmp_path).read_text())
    assert synth(tmp_path, limit=2) == 0
    assert sorted(pair_files(tmp_path)) == sorted(plan["order"][:2])
    assert len(synth_env.chat_requests) == 2
    assert "3 left" in capsys.readouterr().out

    # A pair file that is not valid any more is done again (its validated answer comes from
    # the translation cache), and not added to the dataset a second time.
    broken = tmp_path / "pairs" / pair_name(plan["order"][0])
    broken.write_text("{not json")
    assert synth(tmp_path, limit=1) == 0
    assert len(synth_env.chat_requests) == 2
    out = capsys.readouterr().out
    assert "1 pairs written, 0 failed, 1 done before, 3 left" in out
    assert "1 answers from the cache" in out
    assert json.loads(broken.read_text())["source_file"] == plan["order"][0]
    with DatasetStore(tmp_path / "dataset.sqlite") as store:
        assert len(store.pairs()) == 2

    # A new dataset gets the pairs done before.
    (tmp_path / "dataset.sqlite").unlink()
    assert synth(tmp_path, limit=1) == 0
    assert "2 done before (2 added to the dataset), 2 left" in capsys.readouterr().out
    with DatasetStore(tmp_path / "dataset.sqlite") as store:
        assert len(store.pairs()) == 3


@needs_go
def test_go_vet_failures_do_not_count(
    tmp_path: Path, synth_env: OpenAIServer, capsys: pytest.CaptureFixture[str]
) -> None:
    make_plan(tmp_path)
    unused = "```go\npackage util\n\nfunc Get(n int32) int32 {\n\tx := n\n\treturn n\n}\n```"

    def respond(body: dict[str, Any]) -> Behaviour:
        return Reply(unused) if source_of(body) == "p/util/Rnd.java" else default_responder(body)

    synth_env.responder = respond
    assert synth(tmp_path) == 1
    errors = capsys.readouterr().err
    assert "p/util/Rnd.java" in errors and "declared and not used" in errors
    assert "p/util/Rnd.java" not in pair_files(tmp_path)


@needs_go
async def test_vet_ignores_names_from_elsewhere_only(go_on_path: None) -> None:
    elsewhere = (
        'package model\n\nimport "l2jgo/gameserver/util"\n\ntype Item struct{ Base }\n\n'
        "func (i *Item) Next() int { i.Grow(); return util.Rnd(3) + Helper() }\n"
    )
    report = await vet_go(elsewhere, "gameserver/model", "item.go", "l2jgo")
    assert report.ok and report.problems == []
    printf = 'package model\n\nimport "fmt"\n\nfunc Say() { fmt.Printf("%d", "s") }\n'
    report = await vet_go(printf, "gameserver/model", "say.go", "l2jgo")
    assert not report.ok and "wrong type" in report.problems[0]
    assert report.problems[0].startswith("gameserver/model/say.go:")


def test_dependency_context_fits_the_budget() -> None:
    body = "\n".join(f"\tx{i} := {i}\n\t_ = x{i}" for i in range(200))
    go = (
        "package model\n\ntype Base struct{}\n\n"
        f"func (b *Base) Id() int32 {{\n{body}\n\treturn 0\n}}\n"
    )
    assert "{ ... }" in outline(go) and "x199" not in outline(go)
    deps = [
        DependencyGo(f"p/model/B{i}.java", f"p/model/b{i}.go", "l2jgo/p/model", go)
        for i in range(30)
    ]
    full = dependency_context(deps[:1], budget=100_000)
    assert "x199" in full and 'import "l2jgo/p/model"' in full
    small = dependency_context(deps, budget=2_000)
    assert (
        len(small) < 2_300 and "x199" not in small and "func (b *Base) Id() int32 { ... }" in small
    )
    assert "not shown for room: " in small and "p/model/b29.go" in small
    assert dependency_context([]) == ""


def test_pair_names_stay_flat_and_distinct() -> None:
    names = {pair_name(p) for p in ("a/b_c.java", "a_b/c.java", "a.b/c.java", "../x/.y.java")}
    assert len(names) == 4
    assert all("/" not in n and not n.startswith(".") and n.endswith(".json") for n in names)


def test_configuration_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_plan(tmp_path)
    env = {
        k: v for k, v in os.environ.items() if k not in ("OPENROUTER_API_KEY", "L2J_LLM_BASE_URL")
    }
    cli = [str(Path(sys.executable).parent / "l2j-lsp"), "synth", "--plan", "plan.json"]
    done = subprocess.run(
        [*cli, "--output", "pairs", "--dataset", "d.sqlite"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and "OPENROUTER_API_KEY" in done.stderr
    # Refused before anything was made or asked.
    assert not (tmp_path / "pairs").exists() and not (tmp_path / "d.sqlite").exists()

    (tmp_path / "bad.json").write_text("{}")
    assert run(tmp_path / "bad.json", tmp_path / "pairs", None, 1, tmp_path / "d.sqlite") == 2
    (tmp_path / "file").write_text("")
    assert run(tmp_path / "plan.json", tmp_path / "file", None, 1, tmp_path / "d.sqlite") == 2
    errors = capsys.readouterr().err
    assert "not a plan" in errors and "is a file" in errors


def test_a_refused_key_stops_the_run(
    tmp_path: Path,
    synth_env: OpenAIServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_plan(tmp_path)
    synth_env.api_key = "the-right-key"
    monkeypatch.setenv("OPENROUTER_API_KEY", "a-wrong-key")
    assert synth(tmp_path, jobs=1) == 2
    errors = capsys.readouterr().err
    assert "stopped:" in errors and "401" in errors and "a-wrong-key" not in errors
    # One request told it all; the other files were not tried.
    assert len(synth_env.chat_requests) == 1
    assert not list((tmp_path / "pairs").iterdir())
