"""`l2j-lsp check` after the Go was edited: errors still land on the Java statement they
came from (mapped by the enclosing Go declaration's name), and the map the editor updates
for a file it rewrote stays true."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from l2j_lsp.module import gotool
from l2j_lsp.module.check import SOURCEMAP, check, check_async, go_bytes, update_sourcemap
from l2j_lsp.module.migrate import Options, migrate
from l2j_lsp.module.workspace import ScopeDecl

SHOP = """package com.example.service;

public class Shop {
    private int sold;

    public int add(int count) {
        sold += count;
        return sold;
    }

    public int sold() {
        return sold;
    }
}
"""


def test_an_edited_go_file_still_maps_to_its_java_statement(tmp_path: Path) -> None:
    java = tmp_path / "src" / "com" / "example" / "service" / "Shop.java"
    java.parent.mkdir(parents=True)
    java.write_text(SHOP)
    out = tmp_path / "go"
    migrate(Options([tmp_path / "src"], out, strip="com.example", check=False))
    go = out / "service" / "shop.go"
    text = go.read_text()
    assert "\treturn s.sold\n}\n\n// Sold" in text
    # Lines added above the method and a broken statement in it: the map's lines are stale.
    text = text.replace("type Shop struct", "// a note\n// and another\n\ntype Shop struct")
    text = text.replace("\treturn s.sold\n}\n\n// Sold", "\treturn s.sold + nope\n}\n\n// Sold", 1)
    go.write_text(text)
    ok, findings = check(out)
    assert not ok
    [finding] = findings
    assert finding.java == str(java.resolve()) and "nope" in finding.message
    assert (finding.line, finding.col) == (SHOP.splitlines().index("        return sold;") + 1, 9)
    assert finding.symbol == "com.example.service.Shop#add/1"


def test_update_sourcemap_renumbers_kept_declarations_and_adds_new_ones(tmp_path: Path) -> None:
    (tmp_path / SOURCEMAP).write_text(
        json.dumps(
            {
                "version": 1,
                "module": "m",
                "files": [
                    {
                        "go": "p/a.go",
                        "java": "/j/A.java",
                        "decls": [
                            {
                                "go_lines": [3, 5],
                                "java_lines": [10, 12],
                                "symbol": "p.A#f/0",
                                "kind": "method",
                                "stubbed": False,
                                "go_keys": ["func F"],
                                "lines": [[4, 11, 9]],
                            },
                            {
                                "go_lines": [7, 9],
                                "java_lines": [14, 16],
                                "symbol": "p.A#gone/0",
                                "kind": "method",
                                "stubbed": False,
                                "go_keys": ["func Gone"],
                                "lines": [],
                            },
                        ],
                    }
                ],
            }
        )
    )
    text = "package p\n\nfunc G() int {\n\treturn 1\n}\n\n// F doc.\nfunc F() {\n\tx()\n}\n"
    new = ScopeDecl("p.A#g/0", "method", (20, 22), frozenset({"func G"}), [(1, 21, 9)])
    update_sourcemap(tmp_path, "m", "p/a.go", "/j/A.java", text, [new])
    [entry] = json.loads((tmp_path / SOURCEMAP).read_text())["files"]
    decls = {d["symbol"]: d for d in entry["decls"]}
    assert set(decls) == {"p.A#g/0", "p.A#f/0"}  # Gone is no longer in the file
    assert decls["p.A#g/0"]["go_lines"] == [3, 5] and decls["p.A#g/0"]["lines"] == [[4, 21, 9]]
    assert decls["p.A#f/0"]["go_lines"] == [7, 10] and decls["p.A#f/0"]["lines"] == [[8, 11, 9]]


async def test_a_cancelled_check_kills_its_subprocess() -> None:
    marker = "31.41592"  # a sleep no one else runs
    task = asyncio.ensure_future(gotool._run_async(["sleep", marker]))
    for _ in range(100):
        if _running(marker):
            break
        await asyncio.sleep(0.05)
    assert _running(marker)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not _running(marker)


def _running(marker: str) -> bool:
    found = subprocess.run(["pgrep", "-f", f"sleep {marker}"], capture_output=True, text=True)
    return bool(found.stdout.strip())


def test_a_vet_report_replayed_from_the_cache_names_this_module_s_file(tmp_path: Path) -> None:
    """go vet replays a cached report with the paths of the run that filled the cache: the
    same sources vetted in another folder (migrate's temporary one) must still name the
    module's own file."""
    src = "package demo\n\ntype R struct{}\n\nfunc (R) ReadByte() int32 { return 1 }\n"
    first = tmp_path / "first"
    for root in (first, tmp_path / "second"):
        (root / "demo").mkdir(parents=True)
        (root / "go.mod").write_text("module m\n\ngo 1.23\n")
        (root / "demo" / "r.go").write_text(src)
    assert not gotool.run_go(first, "vet")[0]  # fills the cache
    shutil.rmtree(first)
    ok, problems, text = gotool.run_go(tmp_path / "second", "vet")
    assert not ok and "ReadByte" in text
    assert [p.file for p in problems] == ["demo/r.go"]


def test_the_background_check_of_a_large_module_stops_at_the_type_check(tmp_path: Path) -> None:
    """A module past the size limit is type-checked, not built: vet's complaint (ReadByte's
    signature) is only seen when it builds, and the runtime package does not count."""
    root = tmp_path / "m"
    (root / "demo").mkdir(parents=True)
    (root / "java").mkdir()
    (root / "go.mod").write_text("module m\n\ngo 1.23\n")
    own = "package demo\n\ntype R struct{}\n\nfunc (R) ReadByte() int32 { return 1 }\n"
    (root / "demo" / "r.go").write_text(own)
    (root / "java" / "big.go").write_text("package java\n\n" + "// padding\n" * 50_000)
    assert go_bytes(root) == len(own)
    assert asyncio.run(check_async(root, build=False)) == (True, [])
    ok, findings = asyncio.run(check_async(root, build=True))
    assert not ok and any("ReadByte" in f.message for f in findings)
