"""40 short Java -> Go pairs: getters, setters, predicates and arithmetic."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hrm.helpers import FIELDS, make_tiny_pairs


def short_pairs() -> list[tuple[str, str]]:
    """The HRM tests' 32 pairs plus 8 predicates."""
    predicates = [
        (
            f"boolean has{cap}() {{ return {field} > 0; }}",
            f"func (o *Obj) Has{cap}() bool {{ return o.{field} > 0 }}",
        )
        for field, cap in FIELDS
    ]
    return make_tiny_pairs() + predicates


def write_jsonl(path: Path, pairs: list[tuple[str, str]], status: str = "synthetic") -> Path:
    lines = [
        json.dumps({"input": j, "output": g, "metadata": {"status": status, "scope": "method"}})
        for j, g in pairs
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
