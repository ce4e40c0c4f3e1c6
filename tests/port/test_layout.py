"""The module layout: Java package cycles merged by the documented rule, directories and
file names, unique names inside a merged Go package."""

from __future__ import annotations

from pathlib import Path

from l2j_lsp.module.layout import Layout, _tarjan, package_dir, snake
from l2j_lsp.project.model import Project
from l2j_lsp.project.naming import name_project


def test_tarjan_finds_cycles_and_keeps_acyclic_packages_apart() -> None:
    nodes = ["a", "b", "c", "d", "e"]
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    comps = sorted(sorted(c) for c in _tarjan(nodes, edges))
    assert comps == [["a", "b", "c"], ["d"], ["e"]]


def test_tarjan_is_iterative_on_deep_chains() -> None:
    n = 20_000  # recursion would overflow Python's stack
    nodes = [f"p{k}" for k in range(n)]
    edges = {f"p{k}": {f"p{k + 1}"} for k in range(n - 1)}
    edges[f"p{n - 1}"] = {"p0"}
    comps = _tarjan(nodes, edges)
    assert len(comps) == 1 and len(comps[0]) == n


def test_directories_and_file_names_follow_the_contract() -> None:
    assert package_dir("com.l2jserver.gameserver.model", "com.l2jserver") == "gameserver/model"
    assert snake("L2Item") == "l2_item"
    assert snake("L2PcInstance") == "l2_pc_instance"
    assert snake("HTMLParser") == "html_parser"
    assert snake("FooTest") == "foo_test_java"  # never a Go test file
    assert package_dir("com.l2jserver.go.type", "com.l2jserver") == "go_/type_"


def _project(tmp_path: Path, files: dict[str, str]) -> Project:
    for rel, text in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    project = Project.from_roots([tmp_path])
    name_project(project)
    return project


def test_a_cycle_shares_one_package_named_by_the_rule(tmp_path: Path) -> None:
    project = _project(
        tmp_path,
        {
            "com/l2jserver/gs/model/Item.java": "package com.l2jserver.gs.model;\n"
            "import com.l2jserver.gs.network.Packet;\npublic class Item { Packet p; }\n",
            "com/l2jserver/gs/network/Packet.java": "package com.l2jserver.gs.network;\n"
            "import com.l2jserver.gs.model.Item;\npublic class Packet { Item i; }\n",
            "com/l2jserver/gs/Server.java": "package com.l2jserver.gs;\npublic class Server {}\n",
        },
    )
    layout = Layout(project, "com.l2jserver", "l2jgo")
    edges = {
        "com.l2jserver.gs.model": {"com.l2jserver.gs.network"},
        "com.l2jserver.gs.network": {"com.l2jserver.gs.model"},
    }
    layout.build(project.files, edges)
    model = layout.by_java["com.l2jserver.gs.model"]
    assert model is layout.by_java["com.l2jserver.gs.network"]
    # The common prefix `gs` belongs to a package outside the cycle: the member with the
    # fewest segments, alphabetically first, names it.
    assert model.dir == "gs/model"
    assert layout.by_java["com.l2jserver.gs"].dir == "gs"
    packet = next(f for f in project.files if f.path.name == "Packet.java")
    assert layout.file_path(packet) == "gs/model/network_packet.go"


def test_same_type_name_in_two_merged_packages_gets_a_prefix(tmp_path: Path) -> None:
    project = _project(
        tmp_path,
        {
            "com/l2jserver/a/Config.java": (
                "package com.l2jserver.a;\npublic class Config { com.l2jserver.b.Config o; }\n"
            ),
            "com/l2jserver/b/Config.java": (
                "package com.l2jserver.b;\npublic class Config { com.l2jserver.a.Config o; }\n"
            ),
        },
    )
    layout = Layout(project, "com.l2jserver", "l2jgo")
    layout.build(
        project.files,
        {"com.l2jserver.a": {"com.l2jserver.b"}, "com.l2jserver.b": {"com.l2jserver.a"}},
    )
    gp = layout.by_java["com.l2jserver.a"]
    assert sorted(gp.type_names.values()) == ["AConfig", "BConfig"]
