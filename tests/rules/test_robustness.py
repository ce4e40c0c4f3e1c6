"""Tricky inputs: each yields Go that tree-sitter-go parses, or a clear InvalidOutput."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from l2j_lsp.backends.base import InvalidOutput

from .conftest import HERE, assert_parses, build_module, translate

CASES = sorted((HERE / "robust").glob("*.java"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
@pytest.mark.parametrize("scope", ["file", "class"])
def test_parseable_go_or_invalid_output(case: Path, scope: str) -> None:
    java = case.read_text()
    try:
        go = translate(java, scope=scope, package="robust")
    except InvalidOutput as exc:
        assert str(exc).startswith("rules: ")
        return
    assert_parses(go, "" if scope == "file" else "package robust\n")


def test_syntax_error_names_line_and_column() -> None:
    with pytest.raises(InvalidOutput, match=r"line 6, column 14"):
        translate((HERE / "robust" / "syntax_error.java").read_text())


def test_unparseable_method_reports_its_own_line() -> None:
    with pytest.raises(InvalidOutput, match=r"line 2, column"):
        translate("void f() {\n  int x = ;\n}", scope="method", enclosing_type="A")


def test_unicode_identifiers_survive() -> None:
    go = translate((HERE / "robust" / "unicode.java").read_text(), package="robust")
    assert "type Größe struct" in go
    assert "func (g *Größe) Über(ä int32) int32" in go
    assert '"héllo wörld ✓"' in go


def test_deep_nesting() -> None:
    depth = 400
    ifs = "".join(f"if (x > {i}) {{\n" for i in range(depth)) + "x++;\n" + "}\n" * depth
    parens = "(" * 400 + "x" + " + 1)" * 400
    java = f"class Deep {{ int f(int x) {{ {ifs} return {parens}; }} }}"
    try:
        go = translate(java, package="deep")
    except InvalidOutput as exc:
        assert "nested too deeply" in str(exc)
        return
    assert_parses(go)
    assert go.count("if x > ") == depth


def test_generated_20k_line_class() -> None:
    methods = []
    for i in range(2000):
        methods.append(
            f"    public int calc{i}(int a, long b) {{\n"
            f"        int r = a * {i} + (int) (b >>> 3);\n"
            f"        if (r % 2 == 0) {{\n"
            f"            r += _base;\n"
            f"        }} else {{\n"
            f"            r -= calc{max(i - 1, 0)}(a, b) & 0xFF;\n"
            f"        }}\n"
            f"        return r;\n"
            f"    }}\n"
            f"\n"
        )
    java = "public class Huge {\n    private int _base = 7;\n" + "".join(methods) + "}\n"
    assert java.count("\n") >= 20000
    start = time.monotonic()
    go = translate(java, package="huge")
    assert time.monotonic() - start < 60
    assert_parses(go)
    assert go.count("func (h *Huge) Calc") == 2000


@pytest.mark.parametrize(
    "java",
    [
        "",
        "class",
        "class A {",
        "@interface Marker { int value() default 1; }",
        "enum E { }",
        "interface I { }",
        "class A { int[] a = {}; int b[] = new int[0]; }",
        "class A { void f() { ; ; } }",
        "record R() {}",
    ],
)
def test_odd_inputs_never_crash(java: str) -> None:
    try:
        go = translate(java, package="odd")
    except InvalidOutput:
        return
    assert_parses(go)


def test_self_contained_tricky_files_compile(go: str, tmp_path: Path) -> None:
    """Odd but complete files (generics with bounds, inner classes of generic classes,
    enum constant bodies, labelled blocks, threads) still give Go that builds."""
    packages = {
        name: translate((HERE / "robust" / f"{name}.java").read_text(), package=name)
        for name in ("weird", "unicode")
    }
    done = build_module(go, tmp_path, packages, binaries=False)
    assert done.returncode == 0, done.stderr
