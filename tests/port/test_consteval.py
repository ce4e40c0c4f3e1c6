"""Constant folding spells doubles and floats as JDK 17's Double.toString/Float.toString
(FloatingDecimal), not as the shortest representation: a folded `"" + Double.MIN_VALUE`
must print what the JVM prints (the runtime's DoubleStr implements the same algorithm)."""

from __future__ import annotations

import pytest
from tree_sitter import Node

from l2j_lsp.backends.wp.consteval import f32, java_double_str, string_literal_value
from l2j_lsp.project.index import parse

# What `java` 17 prints for each value (Double.toString, or Float.toString for floats).
CASES = [
    (4.9e-324, False, "4.9E-324"),  # Double.MIN_VALUE: shortest would be 5.0E-324
    (f32(1.4e-45), True, "1.4E-45"),  # Float.MIN_VALUE: shortest would be 1.0E-45
    (f32(2.0e-45), True, "1.4E-45"),
    (1e23, False, "9.999999999999999E22"),
    (0.1 + 0.2, False, "0.30000000000000004"),
    (2e-3, False, "0.002"),
    (1e7, False, "1.0E7"),
    (f32(1.0 / 3), True, "0.33333334"),
    (100.0, False, "100.0"),
    (f32(3.4028235e38), True, "3.4028235E38"),
    (1.0e-5, False, "1.0E-5"),
    (123456789.0, False, "1.23456789E8"),
    (f32(-1.5e-7), True, "-1.5E-7"),
    (9007199254740993.0, False, "9.007199254740992E15"),
    (-0.0, False, "-0.0"),
]


@pytest.mark.parametrize(("value", "is_float", "java"), CASES)
def test_folded_double_is_spelled_as_jdk17(value: float, is_float: bool, java: str) -> None:
    assert java_double_str(value, is_float) == java


def test_a_text_blocks_escaped_line_end_continues_the_line() -> None:
    """`\\<line-terminator>` in a text block (JLS 3.10.7) joins the next line: no newline
    (before, the backslash went and the newline stayed)."""
    src = (
        'class A { String j = """\n'
        '        {"name": "Aria", \\\n'
        '        "level": 52}\n'
        '        """; String h = """\n'
        "        <p>\n"
        "        </p>\\\n"
        '        """; }\n'
    )
    blocks: list[Node] = []
    stack = [parse(src.encode())]
    while stack:
        n = stack.pop()
        if n.type in ("text_block", "string_literal"):
            blocks.append(n)
        else:
            stack.extend(n.children)
    values = sorted(string_literal_value(b) for b in blocks)
    assert values == ["<p>\n</p>", '{"name": "Aria", "level": 52}\n']
