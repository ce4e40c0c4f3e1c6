"""One Java snippet per construct, with the exact Go it must produce (golden/X.java ->
golden/X.go), and all the goldens compiled together as Go packages.

Set L2J_UPDATE_GOLDEN=1 to rewrite the .go files after an intended change (then review
the diff).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from l2j_lsp.migration.validate import find_gofmt

from .conftest import HERE, assert_parses, build_module, translate

SNIPPETS = sorted((HERE / "golden").glob("*.java"))


def _translated(snippet: Path) -> str:
    return translate(snippet.read_text(), package=snippet.stem)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda p: p.stem)
def test_matches_golden(snippet: Path) -> None:
    assert find_gofmt() is not None, "the goldens are gofmt's layout: pip install -e .[dev]"
    got = _translated(snippet)
    golden = snippet.with_suffix(".go")
    if os.environ.get("L2J_UPDATE_GOLDEN"):
        golden.write_text(got)
    assert got == golden.read_text()
    assert_parses(got)


def test_goldens_compile(go: str, tmp_path: Path) -> None:
    done = build_module(go, tmp_path, {s.stem: _translated(s) for s in SNIPPETS}, binaries=False)
    assert done.returncode == 0, done.stderr


def test_not_migrated_constructs_are_marked() -> None:
    """What the translator cannot express becomes a named panic, never silence."""
    got = _translated(HERE / "golden" / "unsupported.java")
    assert 'panic("l2j: not migrated: anonymous class Iterator")' in got
