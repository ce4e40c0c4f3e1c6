"""Running a long command in a test without a wall-clock limit.

Training runs are bounded by their steps (epochs x batches), not by time: on a loaded
machine the same steps take many times longer, and a deadline turns that into a failure.
``run_to_end`` waits as long as the command makes progress (writes output) and gives up
only when it has written nothing for ``stall_s``, which catches a hung process without
timing a slow one. Tests that use it turn pytest-timeout off with ``STEP_BOUNDED``.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

# pytest-timeout's global limit is for tests that should be quick; these are not.
STEP_BOUNDED = pytest.mark.timeout(0)
# No output at all for this long means the command hangs, however busy the machine is.
STALL_S = 900.0


def run_to_end(
    cmd: Sequence[str],
    *,
    cwd: Path,
    env: dict[str, str] | None = None,
    stall_s: float = STALL_S,
) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` to its end and return its output; fail if it stops making progress."""
    with tempfile.TemporaryDirectory() as tmp:
        out_path, err_path = Path(tmp) / "out", Path(tmp) / "err"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=out, stderr=err)
            try:
                _wait_while_progressing(proc, (out_path, err_path), stall_s)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
        return subprocess.CompletedProcess(
            list(cmd),
            proc.returncode,
            out_path.read_text(errors="replace"),
            err_path.read_text(errors="replace"),
        )


def _wait_while_progressing(
    proc: subprocess.Popen[bytes], outputs: Sequence[Path], stall_s: float
) -> None:
    seen = -1
    last_progress = time.monotonic()
    while proc.poll() is None:
        size = sum(os.path.getsize(p) for p in outputs)
        if size != seen:
            seen, last_progress = size, time.monotonic()
        elif time.monotonic() - last_progress > stall_s:
            raise AssertionError(f"{proc.args!r} wrote nothing for {stall_s:.0f} s: it hangs")
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.2)
