"""Atomic writes: whole or not at all, with the usual permissions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from l2j_lsp.atomic import atomic_binary, write_text_atomic


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "best.ckpt"
    write_text_atomic(target, "old")
    with pytest.raises(RuntimeError), atomic_binary(target) as out:
        out.write(b"half a checkpo")
        raise RuntimeError("killed mid-write")
    assert target.read_text() == "old"
    assert [p.name for p in target.parent.iterdir()] == ["best.ckpt"]


def test_written_files_get_the_umask_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "a.go", "package a\n")
    finally:
        os.umask(umask)
    assert (tmp_path / "a.go").stat().st_mode & 0o777 == 0o644
