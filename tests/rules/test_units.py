"""The small pure pieces: names, literals and constant folding, gofmt of partial output."""

from __future__ import annotations

import subprocess

import pytest

from l2j_lsp.backends.rules import names
from l2j_lsp.backends.rules.literals import (
    float_literal,
    go_rune,
    go_string,
    int_literal,
    java_unescape,
)
from l2j_lsp.migration.validate import find_gofmt

from .conftest import HERE, assert_parses, translate


@pytest.mark.parametrize(
    ("java", "go"),
    [("_itemId", "itemId"), ("MAX_SIZE", "maxSize"), ("URLPath", "urlPath"), ("type", "type_")],
)
def test_unexported(java: str, go: str) -> None:
    assert names.unexported(java) == go


def test_exported_and_accessors() -> None:
    assert names.exported("_itemId") == "ItemId"
    assert names.exported("MAX_SIZE") == "MaxSize"
    assert names.accessor("getLevel", 0) == "Level"
    assert names.accessor("getLevel", 1) == "getLevel"
    assert names.accessor("get", 0) == "get"
    assert names.prefixed("L2Party", "_count", False) == "l2PartyCount"
    assert names.safe_local("string") == "string_"
    assert names.safe_local("_x") == "x"


def test_int_literals_wrap_like_java() -> None:
    assert int_literal("0xFFFFFFFF") == (-1, False)
    assert int_literal("0x7fffffffffffffffL") == (2**63 - 1, True)
    assert int_literal("0b1010") == (10, False)
    assert int_literal("017") == (15, False)
    assert int_literal("1_000") == (1000, False)
    assert float_literal("1d") == ("1.0", False)
    assert float_literal("2.5f") == ("2.5", True)


def test_string_and_char_literals() -> None:
    assert java_unescape(r"a\tb\u00e9\0") == "a\tbé\0"
    assert go_string('say "hi"\n\x00') == '"say \\"hi\\"\\n\\x00"'
    assert go_rune("'") == "'\\''"
    assert go_rune("\n") == "0x000A"


@pytest.mark.parametrize(
    ("expr", "go"),
    [
        ("Integer.MAX_VALUE + 1", "-2147483648"),
        ("Long.MIN_VALUE - 1", "9223372036854775807"),
        ("0x7FFFFFFF + 1", "-2147483648"),
        ("(byte) 200", "int8(-56)"),
        ("(char) 65", "rune(65)"),
        ("1 << 33", "int32(1) << 1"),
        ("-7 / 2", "-7 / 2"),
        ("0.1 + 0.2", "0.30000000000000004"),
        ("(int) 3.99", "int32(3)"),
    ],
)
def test_constant_expressions(expr: str, go: str) -> None:
    src = translate(f"class C {{ Object f() {{ return {expr}; }} }}", package="p")
    assert f"return {go}\n" in src


def test_partial_outputs_are_gofmt_clean() -> None:
    exe = find_gofmt()
    assert exe is not None, "gofmt is needed: pip install -e .[dev]"
    java = "class Q { private int _n; synchronized int next() { return ++_n; } }"
    for scope in ("class", "method"):
        piece = java if scope == "class" else "synchronized int next() { return ++_n; }"
        src = translate(piece, scope=scope, enclosing_type="Q", file_source=java)
        stub = "package q\n\n"
        done = subprocess.run([exe], input=stub + src, capture_output=True, text=True, check=True)
        assert done.stdout == stub + src


def test_parseable_go_without_gofmt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a Go toolchain the output is unformatted, but still Go."""
    from l2j_lsp.migration import validate

    monkeypatch.setattr(validate, "find_gofmt", lambda: None)
    for program in sorted((HERE / "programs").glob("*.java")):
        assert_parses(translate(program.read_text()))
    method = "synchronized int next() { return ++_n; }"
    piece = translate(
        method, scope="method", enclosing_type="Q", file_source=f"class Q {{ int _n; {method} }}"
    )
    assert_parses(piece, "package q\n")
