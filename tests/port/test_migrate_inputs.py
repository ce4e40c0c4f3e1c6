"""Bad input to `l2j-lsp migrate`: each ends in a clear message, and nothing is
half-written (the module is built in a temporary directory and renamed into place)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.port.conftest import run_cli, run_go

GOOD = (
    "package com.l2jserver.a;\npublic class Good {\n"
    "    public int twice(int x) { return 2 * x; }\n}\n"
)


def _tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(text if isinstance(text, bytes) else text.encode())
    return root


def test_missing_source_root_is_a_usage_error(tmp_path: Path) -> None:
    res = run_cli(["migrate", str(tmp_path / "nope"), "--out", str(tmp_path / "go")], tmp_path)
    assert res.returncode == 2
    assert "nope: no such source root" in res.stderr
    assert not (tmp_path / "go").exists()


def test_output_dir_with_other_files_is_refused_and_left_alone(tmp_path: Path) -> None:
    src = _tree(tmp_path / "src", {"com/l2jserver/a/Good.java": GOOD})
    out = tmp_path / "go"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    res = run_cli(["migrate", str(src), "--out", str(out)], tmp_path)
    assert res.returncode == 2
    assert "holds other files" in res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_syntax_error_fails_that_file_only(tmp_path: Path) -> None:
    src = _tree(
        tmp_path / "src",
        {
            "com/l2jserver/a/Good.java": GOOD,
            "com/l2jserver/a/Broken.java": (
                "package com.l2jserver.a;\npublic class Broken { void x( }\n"
            ),
        },
    )
    out = tmp_path / "go"
    res = run_cli(["migrate", str(src), "--out", str(out)], tmp_path)
    assert res.returncode == 1
    assert "Broken.java" in res.stderr and "syntax error at line 2" in res.stderr
    report = json.loads((out / "l2j-migration.json").read_text())
    assert [f["java"].endswith("Broken.java") for f in report["failed_files"]] == [True]
    assert report["build"]["ok"] is True
    assert run_go(out, "build", "./...").returncode == 0


def test_duplicate_class_names_are_named(tmp_path: Path) -> None:
    dup = "package com.l2jserver.a;\npublic class Good { }\n"
    src = _tree(tmp_path / "src", {"com/l2jserver/a/Good.java": GOOD, "other/Good.java": dup})
    res = run_cli(["migrate", str(src), "--out", str(tmp_path / "go")], tmp_path)
    assert res.returncode == 1
    assert "duplicate class com.l2jserver.a.Good" in res.stderr


def test_non_utf8_source_still_migrates(tmp_path: Path) -> None:
    latin1 = (
        "package com.l2jserver.a;\npublic class Greet {\n"
        '    public String hi() { return "caf\xe9"; }\n}\n'
    )
    src = _tree(tmp_path / "src", {"com/l2jserver/a/Greet.java": latin1.encode("latin-1")})
    out = tmp_path / "go"
    res = run_cli(["migrate", str(src), "--out", str(out)], tmp_path)
    assert res.returncode == 0, res.stderr
    assert run_go(out, "build", "./...").returncode == 0


def test_code_javac_rejects_is_stubbed_with_the_reason(tmp_path: Path) -> None:
    bad = (
        "package com.l2jserver.a;\npublic class Bad {\n"
        "    public int f() { return undefinedThing(3); }\n"
        "    public int g() { return 1; }\n}\n"
    )
    src = _tree(tmp_path / "src", {"com/l2jserver/a/Bad.java": bad})
    out = tmp_path / "go"
    res = run_cli(["migrate", str(src), "--out", str(out)], tmp_path)
    assert res.returncode == 0, res.stderr
    go = (out / "a" / "bad.go").read_text()
    assert "l2j: not migrated: unresolved method undefinedThing" in go
    assert run_go(out, "vet", "./...").returncode == 0
