"""Target paths and merging Go into its file."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2j_lsp.migration.gofile import find_decls, merge_into_file, parse_source
from l2j_lsp.migration.target import TargetError, ensure_inside, map_java_file, snake_case
from l2j_lsp.migration.validate import go_syntax_error, gofmt


@pytest.mark.parametrize(
    ("name", "snake"),
    [
        ("L2Item", "l2_item"),
        ("L2PcInstance", "l2_pc_instance"),
        ("HTMLParser", "html_parser"),
        ("GameServer", "game_server"),
        ("Rnd", "rnd"),
    ],
)
def test_snake_case(name: str, snake: str) -> None:
    assert snake_case(name) == snake


def test_contract_mapping(tmp_path: Path) -> None:
    target = map_java_file(
        Path("src/com/l2jserver/gameserver/model/L2Item.java"),
        "com.l2jserver.gameserver.model",
        tmp_path / "go",
        "com.l2jserver",
        "l2jgo",
    )
    assert target.path == tmp_path / "go" / "gameserver" / "model" / "l2_item.go"
    assert target.package == "model"


def test_special_go_file_suffixes_and_keyword_packages(tmp_path: Path) -> None:
    target = map_java_file(Path("ItemTest.java"), "org.example.type", tmp_path, "x", "m")
    assert target.path.name == "item_test_java.go"  # not a Go test file
    assert target.package == "typepkg"
    assert target.path.parent == tmp_path / "org" / "example" / "type"
    bare = map_java_file(Path("A.java"), "", tmp_path, "com.l2jserver", "github.com/x/l2jgo")
    assert bare.path == tmp_path / "a.go" and bare.package == "l2jgo"


def test_paths_outside_the_workspace_are_refused(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    assert ensure_inside(root / "go" / "a.go", root) == (root / "go" / "a.go").resolve()
    with pytest.raises(TargetError, match="outside the workspace"):
        ensure_inside(root / ".." / "evil.go", root)
    (root / "link").symlink_to(tmp_path)
    with pytest.raises(TargetError):
        ensure_inside(root / "link" / "evil.go", root)


METHOD_GO = 'import "fmt"\n\n// Use uses it.\nfunc (i *Item) Use() {\n\tfmt.Println(i.id)\n}\n'


def test_new_file_gets_package_imports_and_declarations() -> None:
    text = merge_into_file(None, "items", METHOD_GO)
    assert text.startswith('package items\n\nimport "fmt"\n')
    assert go_syntax_error(text) is None
    assert gofmt(text).text == text or not gofmt(text).gofmt_used


def test_remigration_replaces_in_place_and_merges_imports() -> None:
    first = merge_into_file(None, "items", METHOD_GO)
    first = merge_into_file(first, "items", "type Item struct {\n\tid int32\n}\n")
    second = merge_into_file(
        first,
        "items",
        'import (\n\t"fmt"\n\t"strings"\n)\n\nfunc (i *Item) Use() {\n'
        '\tfmt.Println(strings.ToUpper("x"))\n}\n',
    )
    src = parse_source(second)
    assert [sorted(d.keys) for d in src.decls] == [["method Item.Use"], ["type Item"]]
    assert {i.path for i in src.imports} == {"fmt", "strings"}
    assert second.count("func (i *Item) Use()") == 1
    assert "// Use uses it." not in second  # the old doc comment went with the old body
    assert go_syntax_error(second) is None


def test_existing_file_without_imports_or_package() -> None:
    merged = merge_into_file("// just a comment\n", "p", METHOD_GO)
    assert go_syntax_error(merged) is None
    assert merged.startswith("package p")
    assert 'import "fmt"' in merged


def test_find_decls_by_key_for_corrections() -> None:
    text = merge_into_file(None, "p", METHOD_GO + "\nconst A, B = 1, 2\n\nvar (\n\tc = 3\n)\n")
    assert [d.text.splitlines()[-1] for d in find_decls(text, frozenset({"const B"}))] == [
        "const A, B = 1, 2"
    ]
    assert find_decls(text, frozenset({"var c"}))
    assert not find_decls(text, frozenset({"func Nope"}))


def test_gofmt_rejects_what_tree_sitter_accepts() -> None:
    result = go_syntax_error("func f() {\n\treturn 1 +\n}\n")
    assert result is not None and result.startswith("line ")
    assert go_syntax_error("") == "empty Go output"
    assert go_syntax_error("This is prose, not Go.") is not None
