"""Benchmark results as a markdown table, printed and written under docs/benchmarks/."""

from __future__ import annotations

import os
import platform
from datetime import UTC, datetime
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs" / "benchmarks"


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def write_table(
    name: str, title: str, header: list[str], rows: list[list[str]], notes: str = ""
) -> str:
    lines = [
        f"# {title}",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}.",
        "",
    ]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join(" --- " for _ in header) + "|")
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    if notes:
        lines += ["", notes]
    text = "\n".join(lines) + "\n"
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / f"{name}.md").write_text(text, encoding="utf-8")
    print(text)
    return text
