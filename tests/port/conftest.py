"""Shared helpers for the whole-program port's tests: the CLI, the JVM and the Go toolchain."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from l2j_lsp.module.gotool import go_binary, go_env

FIXTURES = Path(__file__).parent / "fixtures"


def run_cli(args: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """`l2j-lsp ARGS` as a user runs it (a subprocess)."""
    return subprocess.run(
        [sys.executable, "-m", "l2j_lsp", *args],
        cwd=cwd,
        env={**os.environ, **go_env()},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_go(module: Path, *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [go_binary(), *args],
        cwd=module,
        env=go_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_java(src: Path, main: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    """Compiles every Java file under ``src`` and runs ``main`` on the JVM."""
    classes = tmp / "classes"
    classes.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sorted(src.rglob("*.java"))]
    subprocess.run(
        ["javac", "-encoding", "UTF-8", "-d", str(classes), *files], check=True, capture_output=True
    )
    return subprocess.run(
        ["java", "-cp", str(classes), main], capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="session")
def jdk() -> None:
    if shutil.which("javac") is None or shutil.which("java") is None:
        pytest.fail("the differential tests need a JDK (javac and java 17) on PATH")
