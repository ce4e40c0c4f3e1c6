"""Whole Java programs translated, built with Go and run: output must be Java's.

Each `programs/X.java` has `X.out`, the output `java X` prints (recorded once with JDK 17;
the test itself needs no Java). One Go module holds all programs so one `go build` compiles
them together.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from l2j_lsp.migration.validate import find_gofmt

from .conftest import HERE, assert_parses, build_module, go_env, translate

PROGRAMS = sorted((HERE / "programs").glob("*.java"))


@pytest.fixture(scope="module")
def built(go: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("programs")
    sources = {p.stem.lower(): translate(p.read_text()) for p in PROGRAMS}
    done = build_module(go, root, sources)
    assert done.returncode == 0, done.stderr
    return root / "bin"


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_program_output_matches_java(program: Path, built: Path) -> None:
    run = subprocess.run(
        [str(built / program.stem.lower())],
        capture_output=True,
        text=True,
        timeout=60,
        env=go_env(),
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == program.with_suffix(".out").read_text()


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_program_translation_is_gofmt_clean_and_parses(program: Path) -> None:
    src = translate(program.read_text())
    assert_parses(src)
    exe = find_gofmt()
    assert exe is not None, "gofmt is needed: pip install -e .[dev]"
    formatted = subprocess.run([exe], input=src, capture_output=True, text=True, check=True)
    assert formatted.stdout == src
