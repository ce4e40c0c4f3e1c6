"""The whole-program port end to end on a small L2J-shaped program of our own: several
packages in an import cycle, a three-level hierarchy across files with template methods
and super calls, an inner class, an anonymous class and a lambda for one listener
interface with a default method, overloads chosen by argument type, a static import, a
generic method and a comparable. `migrate` must give a module that builds, vets and prints
exactly what the JVM prints."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from l2j_lsp.module.gotool import go_binary
from tests.port.conftest import FIXTURES, run_cli, run_go, run_java

WORLD = FIXTURES / "world" / "src"
MARKER = "l2j: not migrated"


def gofmt_l(root: Path) -> list[str]:
    goroot = subprocess.run(
        [go_binary(), "env", "GOROOT"], capture_output=True, text=True, check=True
    ).stdout.strip()
    listed = subprocess.run(
        [str(Path(goroot) / "bin" / "gofmt"), "-l", str(root)],
        capture_output=True,
        text=True,
        check=True,
    )
    return listed.stdout.split()


def test_world_builds_vets_and_prints_what_java_prints(tmp_path: Path, jdk: None) -> None:
    java = run_java(WORLD, "com.l2jserver.gameserver.GameServer", tmp_path)
    assert java.returncode == 0, java.stderr
    out = tmp_path / "go"
    migrated = run_cli(["migrate", str(WORLD), "--out", str(out)], tmp_path)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    assert run_go(out, "build", "./...").returncode == 0
    # Code people will own: gofmt has nothing to change (import order included).
    assert gofmt_l(out) == []
    vet = run_go(out, "vet", "./...")
    assert vet.returncode == 0, vet.stdout + vet.stderr
    go = run_go(out, "run", "./cmd/game_server")
    assert go.returncode == 0, go.stderr
    assert go.stdout == java.stdout


def test_report_counts_match_the_go(tmp_path: Path) -> None:
    out = tmp_path / "go"
    migrated = run_cli(["migrate", str(WORLD), "--out", str(out)], tmp_path)
    assert migrated.returncode == 0, migrated.stderr
    report = json.loads((out / "l2j-migration.json").read_text())
    assert report["java_files"] == len(list(WORLD.rglob("*.java")))
    assert report["go_files"] == len(list(out.rglob("*.go")))
    assert report["build"] == {"ok": True, "errors": 0, "checked": True}
    # Every Java method and constructor, found in the Go through the source map: the
    # report's counts are what the files hold.
    smap = json.loads((out / "l2j-sourcemap.json").read_text())
    methods = stubbed = 0
    for f in smap["files"]:
        lines = (out / f["go"]).read_text().split("\n")
        for d in f["decls"]:
            if d["kind"] not in ("method", "func"):
                continue
            a, b = d["go_lines"]
            methods += 1
            stubbed += any(MARKER in ln for ln in lines[a - 1 : b])
    assert report["methods"] == methods
    assert report["stubbed"] == stubbed
    assert report["migrated"] == methods - stubbed
