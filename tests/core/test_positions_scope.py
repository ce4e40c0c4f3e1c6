"""Scopes and positions: tree-sitter bytes vs LSP UTF-16 positions, incremental parsing."""

from __future__ import annotations

import pytest

from l2j_lsp.migration.positions import LineTable, sanitize
from l2j_lsp.migration.scope import JavaDocument

SOURCE = """package com.l2jserver.gameserver.model;

/** Ünïcödé comment: 𝔘 is outside the BMP. */
public class Spieler {
    private int _größe; // Größe
    public int getGröße() { return _größe; }
    public void wachse(int 𝔘𝔫𝔦) { _größe += 𝔘𝔫𝔦; }

    static class Innen {
        void tief() { int x = 1; }
    }

    enum Farbe { ROT, GRÜN; int code() { return ordinal(); } }
    record Punkt(int x, int y) { Punkt { assert x >= 0; } }
    interface Läufer { void laufe(); }
}
"""


def position_of(text: str, needle: str, utf16: bool = True) -> tuple[int, int]:
    index = text.index(needle)
    before = text[:index]
    line = before.count("\n")
    col_text = before[before.rfind("\n") + 1 :]
    col = len(col_text.encode("utf-16-le")) // 2 if utf16 else len(col_text)
    return line, col


def test_utf16_positions_map_to_utf8_bytes_past_astral_chars() -> None:
    doc = JavaDocument(SOURCE)
    line, col = position_of(SOURCE, "_größe += ")
    offset = doc.lines.to_byte(line, col, "utf-16")
    assert doc.data[offset:].startswith("_größe += ".encode())
    assert doc.position(offset, "utf-16") == (line, col)
    # The same spot in UTF-32 (code points) and UTF-8 (bytes) units.
    line32, col32 = position_of(SOURCE, "_größe += ", utf16=False)
    assert doc.lines.to_byte(line32, col32, "utf-32") == offset
    assert doc.position(offset, "utf-8")[1] == len(SOURCE.split("\n")[line][:col32].encode("utf-8"))


def test_enclosing_declarations_innermost_first_with_non_ascii_names() -> None:
    doc = JavaDocument(SOURCE)
    start = doc.lines.to_byte(*position_of(SOURCE, "𝔘𝔫𝔦; }"))
    decls = doc.enclosing(start)
    assert [(d.kind, d.name) for d in decls] == [("method", "wachse"), ("class", "Spieler")]
    # The method's source starts at its declaration and ends at its closing brace.
    assert doc.source(decls[0].start_byte, decls[0].end_byte).startswith("public void wachse")


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("int x = 1", [("method", "tief"), ("class", "Innen"), ("class", "Spieler")]),
        ("ordinal()", [("method", "code"), ("enum", "Farbe"), ("class", "Spieler")]),
        ("assert x", [("constructor", "Punkt"), ("record", "Punkt"), ("class", "Spieler")]),
        ("void laufe", [("method", "laufe"), ("interface", "Läufer"), ("class", "Spieler")]),
    ],
)
def test_nested_types_and_their_own_words(needle: str, expected: list[tuple[str, str]]) -> None:
    doc = JavaDocument(SOURCE)
    offset = doc.lines.to_byte(*position_of(SOURCE, needle))
    assert [(d.kind, d.name) for d in doc.enclosing(offset)] == expected
    assert doc.enclosing(offset)[1].outer == ("Spieler",)


def test_javadoc_belongs_to_its_declaration() -> None:
    doc = JavaDocument(SOURCE)
    offset = doc.lines.to_byte(*position_of(SOURCE, "class Spieler"))
    cls = doc.enclosing(offset)[0]
    assert doc.source(cls.start_byte, cls.end_byte).startswith("/** Ünïcödé comment")


def test_incremental_edits_match_a_full_parse() -> None:
    doc = JavaDocument(SOURCE, version=1)
    line, col = position_of(SOURCE, "_größe += 𝔘𝔫𝔦;")
    # Replace the statement, then insert a new method after the record (two changes in a row).
    end_col = col + len("_größe += 𝔘𝔫𝔦;".encode("utf-16-le")) // 2
    doc.apply_change("_größe -= 𝔘𝔫𝔦 * 2;", (line, col), (line, end_col))
    rline, _ = position_of(doc.text, "interface Läufer")
    doc.apply_change("    void neu() { }\n", (rline, 0), (rline, 0))
    doc.reparse()
    fresh = JavaDocument(doc.text)
    assert str(doc.tree.root_node) == str(fresh.tree.root_node)
    assert "_größe -= 𝔘𝔫𝔦 * 2;" in doc.text
    offset = doc.lines.to_byte(*position_of(doc.text, "void neu"))
    assert doc.enclosing(offset)[0].name == "neu"


def test_syntax_errors_hide_only_the_broken_declaration() -> None:
    broken = SOURCE.replace("void tief() { int x = 1; }", "void tief() { int x = ; ")
    doc = JavaDocument(broken)
    assert doc.has_error
    ok = doc.lines.to_byte(*position_of(broken, "_größe += "))
    assert [d.name for d in doc.enclosing(ok)][:1] == ["wachse"]
    bad = doc.lines.to_byte(*position_of(broken, "int x = ;"))
    assert "tief" not in [d.name for d in doc.enclosing(bad)]


def test_positions_past_the_end_clamp_and_crlf_lines() -> None:
    table = LineTable.build(b"a\r\nbc\rd\n")
    assert table.line_count == 4
    assert table.to_byte(1, 1) == 4
    assert table.to_byte(2, 0) == 6
    assert table.to_byte(1, 99) == 5  # past the line end: clamps before "\r"
    assert table.to_byte(99, 0) == 8
    with pytest.raises(ValueError):
        table.to_byte(-1, 0)


def test_lone_surrogates_become_replacement_characters() -> None:
    text = 'class A { String s = "\ud800"; }'
    clean = sanitize(text)
    assert "\ufffd" in clean
    assert len(clean.encode("utf-16-le", "surrogatepass")) == len(
        text.encode("utf-16-le", "surrogatepass")
    )
    doc = JavaDocument(text)
    assert not doc.has_error


def test_find_by_name_after_the_document_moved() -> None:
    doc = JavaDocument(SOURCE)
    found = doc.find("method", "Spieler.Innen.tief", near_byte=0)
    assert found is not None and found.name == "tief"
    assert doc.find("method", "nichtDa") is None
