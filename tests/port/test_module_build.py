"""What `migrate` does when Go does not compile, with the real Go toolchain: a module that
does not build makes it exit 1 and point at `l2j-lsp check`; a declaration whose typed stub
still does not compile is commented out with the marker, so the module builds."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import l2j_lsp.module.migrate as migrate_module
from l2j_lsp.module.gotool import go_env, run_go
from l2j_lsp.module.migrate import Module, Options, migrate

REPO = Path(__file__).resolve().parents[2]

# Go vet's stdmethods check wants ReadByte() (byte, error); the translator keeps Java's
# signature, the stub keeps the signature too, so vet fails whatever the stub loop does.
# (If the translator learns to rename such methods, pick another case go vet refuses.)
READER = """package demo;

public class Reader {
    private int pos;

    public int readByte() {
        pos++;
        return pos;
    }
}
"""

LIMITS = """package demo;

public class Limits {
    public static int max = 5;

    public static int twice() {
        return max * 2;
    }

    public static int plain() {
        return 1;
    }
}
"""


def cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "l2j_lsp", *args],
        cwd=cwd,
        env={**os.environ, **go_env(), "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def java_tree(root: Path, name: str, text: str) -> Path:
    src = root / "src"
    (src / "demo").mkdir(parents=True)
    (src / "demo" / f"{name}.java").write_text(text)
    return src


def test_migrate_exits_1_and_points_at_check_when_the_module_does_not_build(
    tmp_path: Path,
) -> None:
    src = java_tree(tmp_path, "Reader", READER)
    out = tmp_path / "go"
    proc = cli(["migrate", str(src), "--out", str(out)], tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"the module does not build: `l2j-lsp check {out}`" in proc.stderr
    assert "go build+vet FAILED" in proc.stdout
    report = json.loads((out / "l2j-migration.json").read_text())
    errors = report["build"]["errors"]
    assert report["build"]["ok"] is False and errors >= 1
    assert f"FAILED ({errors} error{'' if errors == 1 else 's'})" in proc.stdout
    # It really does not: go vet refuses it, and `check` says where, at the Java line.
    ok, _, text = run_go(out, "vet")
    assert not ok and "ReadByte" in text
    checked = cli(["check", str(out)], tmp_path)
    assert checked.returncode == 1
    line = READER.splitlines().index("    public int readByte() {") + 1
    assert re.search(rf"Reader\.java:{line}:\d+: .*ReadByte", checked.stdout), checked.stdout


def test_a_typed_stub_that_still_fails_is_commented_out_with_the_marker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A variable whose type does not exist: the first stub keeps the type (dropping the
    initialiser), which still fails, so the loop comments the declaration out; the function
    using it is stubbed in turn, the others are untouched, and the module builds."""
    src = java_tree(tmp_path, "Limits", LIMITS)
    assemble = migrate_module._assemble

    def broken_type(*args: object) -> Module:
        # What a translator bug would write: a type that exists nowhere.
        module = assemble(*args)  # type: ignore[arg-type]
        [decl] = [d for gf in module.files for d in gf.decls if "var LimitsMax int32 = 5" in d.text]
        decl.text = decl.text.replace("var LimitsMax int32 = 5", "var LimitsMax Missing = 5")
        return module

    monkeypatch.setattr(migrate_module, "_assemble", broken_type)
    out = tmp_path / "go"
    outcome = migrate(Options([src], out, max_rounds=8))
    assert outcome.report["build"] == {"ok": True, "errors": 0, "checked": True}
    go = (out / "demo" / "limits.go").read_text()
    assert "// l2j: not migrated: undefined: Missing\n" in go
    assert "// var LimitsMax Missing // l2j: not migrated: initializer does not compile" in go
    assert not re.search(r"^var LimitsMax", go, re.M)
    twice = go[go.index("func LimitsTwice") :].split("\n}\n")[0]
    assert "l2j: not migrated: undefined: LimitsMax" in twice
    plain = go[go.index("func LimitsPlain") :].split("\n}\n")[0]
    assert "return 1" in plain and "not migrated" not in plain
    assert outcome.report["stubbed"] == 1
    for step in ("build", "vet"):
        ok, _, text = run_go(out, step)
        assert ok, text
