"""Files written whole or not at all: a temporary file beside the target, then a rename.

Readers (the server loading a checkpoint, an editor opening Go) never see half a file, and
a crash leaves the old file in place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path to write to; renamed onto ``path`` when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        # mkstemp makes the file owner-only; the result should get the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def atomic_binary(path: Path) -> Iterator[IO[bytes]]:
    """A binary file object, synced to disk before the rename."""
    with atomic_path(path) as tmp, tmp.open("wb") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


def write_text_atomic(path: Path, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
