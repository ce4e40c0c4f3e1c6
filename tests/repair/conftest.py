"""A small migrated module with one stubbed method (Calc.weird uses reflection, which the
translator does not migrate), shared by the repair tests: the repair never writes into it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from l2j_lsp.module.gotool import go_env

REPO = Path(__file__).resolve().parents[2]

CALC = """package demo;

public class Calc {
    private int total;

    public int add(int x) {
        total += x;
        return total;
    }

    public String weird(Object o) throws Exception {
        java.lang.reflect.Method m = o.getClass().getMethod("toString");
        return (String) m.invoke(o);
    }

    public static void main(String[] args) {
        Calc c = new Calc();
        System.out.println(c.add(2));
    }
}
"""

# What a model answers: Go that does not compile, then Go that does (with a new import).
BAD = "```go\nfunc (c *Calc) Weird(o any) string {\n\treturn o\n}\n```\n"
GOOD = (
    'Here it is:\n```go\nimport "fmt"\n\n'
    "func (c *Calc) Weird(o any) string {\n\treturn fmt.Sprint(o)\n}\n```\n"
)


def write_project(root: Path) -> Path:
    src = root / "src"
    (src / "demo").mkdir(parents=True)
    (src / "demo" / "Calc.java").write_text(CALC)
    return src


def cli(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "l2j_lsp", *args],
        cwd=cwd,
        # This checkout's package, whatever the working directory.
        env={**env, **go_env(), "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def clean_env() -> dict[str, str]:
    """The environment without any LLM key or base URL."""
    env = dict(os.environ)
    for name in ("OPENROUTER_API_KEY", "OPENAI_API_KEY", "L2J_LLM_BASE_URL"):
        env.pop(name, None)
    return env


@pytest.fixture(scope="session")
def calc_module(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("calc")
    src = write_project(root)
    proc = cli(["migrate", str(src), "--out", str(root / "go")], root, clean_env())
    assert proc.returncode == 0, proc.stderr
    report = json.loads((root / "go" / "l2j-migration.json").read_text())
    assert report["stubbed"] > 0, report
    assert "l2j: not migrated" in (root / "go" / "demo" / "calc.go").read_text()
    return root / "go"


@pytest.fixture
def module_copy(calc_module: Path, tmp_path: Path) -> Path:
    out = tmp_path / "go"
    shutil.copytree(calc_module, out)
    return out
