"""``l2j-lsp plan`` on small Java trees written here, through its module and its command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from l2j_lsp.training.plan import PlanError, build_plan, load_plan
from l2j_lsp.training.plan_graph import migration_order, strongly_connected

CLI = str(Path(sys.executable).parent / "l2j-lsp")

# A cycle A <-> B, a chain D -> C -> A, B using p.util through a wildcard import, E through
# an explicit one, F a fully qualified name, G a static import.
TREE = {
    "p/a/A.java": "package p.a;\n\npublic class A {\n\tprivate B _b;\n}\n",
    "p/a/B.java": (
        "package p.a;\n\nimport p.util.*;\n\npublic class B {\n\tA a;\n"
        "\tvoid f() { Helper.make(); }\n}\n"
    ),
    "p/a/C.java": "package p.a;\n\npublic class C {\n\tA a = new A();\n"
    "\tstatic C make() { return null; }\n}\n",
    "p/a/D.java": "package p.a;\n\nclass D {\n\tvoid f() { C.make(); }\n}\n",
    "p/util/Helper.java": (
        "package p.util;\n\npublic class Helper {\n\tpublic static void make() {}\n"
        "\tpublic static class Inner {}\n}\n"
    ),
    "p/b/E.java": (
        "package p.b;\n\nimport java.util.List;\nimport p.util.Helper;\n\n"
        "class E {\n\tHelper.Inner inner;\n\tList<String> names;\n}\n"
    ),
    # Same package as E, but E's import of java.util.List shadows it.
    "p/b/List.java": "package p.b;\n\npublic class List {}\n",
    "p/b/F.java": "package p.b;\n\nclass F {\n\tp.a.D d;\n}\n",
    "p/b/G.java": (
        "package p.b;\n\nimport static p.util.Helper.make;\n\n"
        "class G {\n\tvoid f() { make(); }\n}\n"
    ),
    # An import alone is not a use.
    "p/b/Unused.java": "package p.b;\n\nimport p.a.A;\n\nclass Unused {}\n",
}


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def by_path(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["path"]: f for f in plan["files"]}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, "plan", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_dependencies_cycles_order_and_packages(tmp_path: Path) -> None:
    plan, warnings = build_plan(write_tree(tmp_path / "src", TREE))
    assert warnings == []
    files = by_path(plan)
    deps = {path: f["depends_on"] for path, f in files.items()}
    assert deps == {
        "p/a/A.java": ["p/a/B.java"],
        "p/a/B.java": ["p/a/A.java", "p/util/Helper.java"],
        "p/a/C.java": ["p/a/A.java"],
        "p/a/D.java": ["p/a/C.java"],
        "p/util/Helper.java": [],
        "p/b/E.java": ["p/util/Helper.java"],
        "p/b/List.java": [],
        "p/b/F.java": ["p/a/D.java"],
        "p/b/G.java": ["p/util/Helper.java"],
        "p/b/Unused.java": [],
    }
    assert plan["sccs"] == [["p/a/A.java", "p/a/B.java"]]
    assert files["p/a/A.java"]["scc"] == files["p/a/B.java"]["scc"] == 0
    assert files["p/a/C.java"]["scc"] is None

    order = plan["order"]
    assert sorted(order) == sorted(TREE)
    at = {path: i for i, path in enumerate(order)}
    for path, ds in deps.items():
        for dep in ds:
            if files[path]["scc"] is None or files[path]["scc"] != files[dep]["scc"]:
                assert at[dep] < at[path], f"{dep} must come before {path}"
    # The cycle's files stand together.
    assert abs(at["p/a/A.java"] - at["p/a/B.java"]) == 1

    assert files["p/util/Helper.java"]["types"] == ["p.util.Helper", "p.util.Helper.Inner"]
    assert files["p/b/G.java"]["imports"] == ["static p.util.Helper.make"]
    assert files["p/a/B.java"]["imports"] == ["p.util.*"]
    assert plan["packages"] == {
        "p.a": {"files": 4, "types": 4, "depends_on_packages": ["p.util"]},
        "p.b": {"files": 5, "types": 5, "depends_on_packages": ["p.a", "p.util"]},
        "p.util": {"files": 1, "types": 2, "depends_on_packages": []},
    }
    assert plan["stats"] == {
        "files": 10,
        "packages": 3,
        "types": 11,
        "dependencies": 8,
        "sccs": 1,
        "files_in_cycles": 2,
        "largest_scc": 2,
        "parse_errors": 0,
        "non_utf8": 0,
    }
    assert plan["source"] == str((tmp_path / "src").resolve())


def test_broken_and_latin1_files_are_listed_and_flagged(tmp_path: Path) -> None:
    src = write_tree(tmp_path / "src", TREE)
    (src / "p/b/Broken.java").write_text(
        "package p.b;\n\nclass Broken {\n\tvoid f( {\n\t\tp.a.C c = \n}\n", encoding="utf-8"
    )
    (src / "p/b/Latin.java").write_bytes(
        "package p.b;\n\n// Cr\u00e9e par L2J\nclass Latin {\n\tE e;\n}\n".encode("iso-8859-1")
    )
    plan, warnings = build_plan(src)
    files = by_path(plan)
    assert files["p/b/Broken.java"]["parse_errors"] is True
    assert "p/b/Broken.java" in plan["order"]
    latin = files["p/b/Latin.java"]
    assert latin["non_utf8"] is True and latin["parse_errors"] is False
    assert latin["depends_on"] == ["p/b/E.java"]
    assert plan["stats"]["parse_errors"] == 1 and plan["stats"]["non_utf8"] == 1
    assert any("Latin.java" in w and "ISO-8859-1" in w for w in warnings)
    assert any("Broken.java" in w and "syntax errors" in w for w in warnings)


def test_deep_chains_need_no_recursion() -> None:
    # 20,000 files each depending on the next, and one long cycle: past any recursion limit.
    n = 20_000
    chain = [[i + 1] for i in range(n - 1)] + [[]]
    components = strongly_connected(chain)
    assert len(components) == n and components[0] == [n - 1]
    order = migration_order(chain, components, [f"{i:05}" for i in range(n)])
    assert [c[0] for c in order] == list(range(n - 1, -1, -1))
    ring = [[(i + 1) % n] for i in range(n)]
    assert [sorted(c) for c in strongly_connected(ring)] == [list(range(n))]


def test_order_is_stable_among_independent_files() -> None:
    # 0 -> 1, 2 and 3 independent: ready files go by key, dependencies still first.
    deps: list[list[int]] = [[1], [], [], []]
    keys = ["b", "z", "a", "c"]
    order = migration_order(deps, strongly_connected(deps), keys)
    assert order == [[2], [3], [1], [0]]


def test_cli_writes_the_plan_and_exit_codes(tmp_path: Path) -> None:
    src = write_tree(tmp_path / "src", TREE)
    out = tmp_path / "out" / "migration_plan.json"
    done = run_cli("--source", str(src), "--output", str(out))
    assert done.returncode == 0, done.stderr
    assert "10 files" in done.stderr and "largest SCC 2" in done.stderr
    plan = load_plan(out)
    assert set(plan) >= {"source", "files", "order", "sccs", "packages", "stats"}
    assert not list(out.parent.glob("*.tmp"))

    (src / "p/b/Broken.java").write_text("package p.b;\nclass Broken { void f( }\n")
    broken = run_cli("--source", str(src), "--output", str(out))
    assert broken.returncode == 1
    assert "p/b/Broken.java" in broken.stderr
    assert "p/b/Broken.java" in load_plan(out)["order"]

    folder = run_cli("--source", str(src), "--output", str(tmp_path))
    assert folder.returncode == 2 and "is a folder" in folder.stderr
    missing = run_cli("--source", str(tmp_path / "nope"), "--output", str(out))
    assert missing.returncode == 2 and "not a folder" in missing.stderr
    (tmp_path / "empty").mkdir()
    empty = run_cli("--source", str(tmp_path / "empty"), "--output", str(out))
    assert empty.returncode == 2 and "no .java files" in empty.stderr


def test_load_plan_refuses_other_json(tmp_path: Path) -> None:
    bad = tmp_path / "plan.json"
    bad.write_text(json.dumps({"files": [], "order": ["x.java"], "source": "/"}))
    with pytest.raises(PlanError, match="not in files"):
        load_plan(bad)
    bad.write_text("[]")
    with pytest.raises(PlanError, match="not a plan"):
        load_plan(bad)


def test_a_cycle_is_ordered_as_close_to_dependencies_first_as_it_allows() -> None:
    # 0 -> 1 -> 2 -> 3 -> 0: once 0 is placed, 3 has all it needs, then 2, then 1.
    ring: list[list[int]] = [[1], [2], [3], [0]]
    assert migration_order(ring, strongly_connected(ring), ["a", "b", "c", "d"]) == [[0, 3, 2, 1]]
