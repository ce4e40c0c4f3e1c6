"""`l2j-lsp eval` as a user runs it: the JSON shape of the contract, and exit 2 when the run
cannot happen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from l2j_lsp.training.store import DatasetStore

CLI = str(Path(sys.executable).with_name("l2j-lsp"))
CONTRACT_KEYS = {
    "backend",
    "benchmark",
    "tasks",
    "compiled",
    "passed",
    "pass_at_1",
    "parse_rate",
    "seconds_per_task",
}


def eval_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, "eval", *args],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )


def test_rules_on_humaneval_prints_one_json_object() -> None:
    proc = eval_cli("--backend", "rules", "--limit", "3", "--json")
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.splitlines()
    data = json.loads(line)
    assert set(data) >= CONTRACT_KEYS
    assert (data["backend"], data["benchmark"], data["tasks"]) == ("rules", "humaneval-x", 3)
    assert 0 <= data["passed"] <= data["compiled"] <= 3
    assert data["pass_at_1"] == round(data["passed"] / 3, 4)
    assert 0.0 <= data["parse_rate"] <= 1.0 and data["seconds_per_task"] >= 0.0
    assert sum(data["failures"].values()) == 3 - data["passed"]


def test_rules_on_a_dataset(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    with DatasetStore(path) as store:
        for i in range(1, 21):
            store.add(
                f"public class C{i} {{\n    public int f() {{\n        return {i};\n    }}\n}}\n",
                f"func F() int {{\n\treturn {i}\n}}\n",
                "synthetic",
                scope="class",
                symbol=f"C{i}",
            )
    proc = eval_cli("--benchmark", "dataset", "--dataset", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) >= CONTRACT_KEYS
    assert data["benchmark"] == "dataset" and data["tasks"] >= 1
    assert data["compiled"] is None and data["pass_at_1"] is None
    assert 0.0 <= data["chrf"] <= 100.0


def test_table_by_default() -> None:
    proc = eval_cli("--backend", "rules", "--limit", "1")
    assert proc.returncode == 0, proc.stderr
    assert "pass@1" in proc.stdout and "humaneval-x: rules" in proc.stdout


def test_unavailable_backend_exits_2_with_its_message() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENROUTER_API_KEY"}
    proc = eval_cli("--backend", "llm", "--limit", "1", "--json", env=env)
    assert proc.returncode == 2
    assert "OPENROUTER_API_KEY" in proc.stderr and proc.stdout == ""


def test_missing_dataset_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    proc = eval_cli("--backend", "rules", "--benchmark", "dataset", "--dataset", str(missing))
    assert proc.returncode == 2
    assert "no dataset" in proc.stderr and not missing.exists()


def test_dataset_flag_needs_the_dataset_benchmark(tmp_path: Path) -> None:
    proc = eval_cli("--backend", "rules", "--dataset", str(tmp_path / "d.sqlite"))
    assert proc.returncode == 2
    assert "--dataset only applies" in proc.stderr
