"""40 short Java -> Go pairs: getters, setters, predicates and arithmetic."""

from __future__ import annotations

import json
from pathlib import Path

FIELDS = [
    ("hp", "Hp"),
    ("mp", "Mp"),
    ("level", "Level"),
    ("exp", "Exp"),
    ("karma", "Karma"),
    ("x", "X"),
    ("y", "Y"),
    ("z", "Z"),
]
OPS = [
    ("add", "+"),
    ("sub", "-"),
    ("mul", "*"),
    ("div", "/"),
    ("mod", "%"),
    ("and", "&"),
    ("or", "|"),
    ("xor", "^"),
]


def short_pairs() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for field, cap in FIELDS:
        pairs.append(
            (
                f"int get{cap}() {{ return {field}; }}",
                f"func (o *Obj) Get{cap}() int {{ return o.{field} }}",
            )
        )
        pairs.append(
            (
                f"void set{cap}(int v) {{ {field} = v; }}",
                f"func (o *Obj) Set{cap}(v int) {{ o.{field} = v }}",
            )
        )
        pairs.append(
            (
                f"boolean has{cap}() {{ return {field} > 0; }}",
                f"func (o *Obj) Has{cap}() bool {{ return o.{field} > 0 }}",
            )
        )
    for name, op in OPS:
        pairs.append(
            (
                f"int {name}(int a, int b) {{ return a {op} b; }}",
                f"func {name}(a int, b int) int {{ return a {op} b }}",
            )
        )
        pairs.append(
            (
                f"long {name}L(long a) {{ return a {op} 2; }}",
                f"func {name}L(a int64) int64 {{ return a {op} 2 }}",
            )
        )
    return pairs


def write_jsonl(path: Path, pairs: list[tuple[str, str]], status: str = "synthetic") -> Path:
    lines = [
        json.dumps({"input": j, "output": g, "metadata": {"status": status, "scope": "method"}})
        for j, g in pairs
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
