"""Helpers for the training tests: a store of short pairs and the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from l2j_lsp.training.store import DatasetStore
from tests.support.steps import run_to_end
from tests.training.pairs import short_pairs

REPO = Path(__file__).resolve().parents[2]
CPU_CONFIG = REPO / "configs" / "train_l2j_hrm_cpu.yaml"


def l2j_lsp() -> list[str]:
    """The installed console script beside this interpreter (as `make test` runs it)."""
    script = Path(sys.executable).with_name("l2j-lsp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "l2j_lsp.cli"]


def env() -> dict[str, str]:
    out = dict(os.environ)
    out["PYTHONPATH"] = str(REPO) + os.pathsep + out.get("PYTHONPATH", "")
    out.pop("WORLD_SIZE", None)
    return out


def train_cmd(config: Path, dataset: Path, *extra: str, device: str = "cpu") -> list[str]:
    return [
        *l2j_lsp(),
        "train",
        "--config",
        str(config),
        "--dataset",
        str(dataset),
        "--device",
        device,
        *extra,
    ]


def run_train(
    cwd: Path, config: Path, dataset: Path, *extra: str, device: str = "cpu"
) -> subprocess.CompletedProcess[str]:
    """The run to its last step, however long a loaded machine makes it."""
    return run_to_end(train_cmd(config, dataset, *extra, device=device), cwd=cwd, env=env())


def closing_json(stdout: str) -> dict[str, Any]:
    last = stdout.strip().splitlines()[-1]
    data = json.loads(last)
    # The contract's keys, and the training throughput.
    assert set(data) == {
        "checkpoint",
        "epochs",
        "steps",
        "train_loss",
        "val_loss",
        "exact_match",
        "seconds",
        "tokens_per_second",
    }
    assert data["tokens_per_second"] > 0
    return dict(data)


def tiny_config(path: Path, **overrides: Any) -> Path:
    """The CPU config shrunk for the tests that check plumbing rather than learning."""
    data = yaml.safe_load(CPU_CONFIG.read_text(encoding="utf-8"))
    data["arch"].update(hidden_size=32, num_heads=2)
    data.update(
        global_batch_size=8,
        epochs=2,
        eval_interval=5,
        log_interval=1,
        eval_decode_limit=2,
        checkpoint_min_seconds=3600,
    )
    data.update(overrides)
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.fixture
def pair_store(tmp_path: Path) -> Path:
    """A store holding the 40 short pairs, imported as `l2j-lsp dataset import` does."""
    path = tmp_path / "store" / "dataset.sqlite"
    with DatasetStore(path) as store:
        for java, go in short_pairs():
            store.add(java, go, "synthetic", scope="method", backend="seed")
    return path
