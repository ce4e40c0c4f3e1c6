"""Correction capture: when a Go file holding migrated declarations is saved, a declaration
that differs from what was accepted turns its pair into ``corrected``, with the user's text
as the output."""

from __future__ import annotations

import logging
from pathlib import Path

from l2j_lsp.migration.pipeline import corrected_output
from l2j_lsp.training.store import DatasetStore

log = logging.getLogger("l2j.server")


def capture_corrections(store: DatasetStore, go_path: Path, saved_text: str) -> list[int]:
    """Update the pairs of ``go_path`` from its saved text; returns the corrected pair ids.

    A declaration migrated twice belongs to the newest pair only.
    """
    corrected: list[int] = []
    claimed: set[str] = set()
    for pair in store.for_go_file(str(go_path.resolve())):  # newest first
        keys = frozenset(pair.go_keys) - claimed
        claimed.update(pair.go_keys)
        if not keys:
            continue
        output = corrected_output(pair.suggestion, keys, saved_text)
        if output is None or _same(output, pair.output):
            continue
        if store.correct(pair.id, output):
            corrected.append(pair.id)
            log.info("pair %d corrected from %s", pair.id, go_path.name)
    return corrected


def _same(a: str, b: str) -> bool:
    """Equal up to trailing whitespace, which editors change on save."""
    return [line.rstrip() for line in a.strip().splitlines()] == [
        line.rstrip() for line in b.strip().splitlines()
    ]
