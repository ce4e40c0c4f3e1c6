"""One-file checkpoints: config, tokenizer, weights, and optional training state.

The file is a ``torch.save`` of plain dicts, strings, numbers and tensors, so it loads with
``torch.load(weights_only=True)``: opening a checkpoint never runs code from it. Writes go
to a temporary file in the same directory and are moved into place with ``os.replace``, so
a reader sees the old file or the new one, never half of one.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from l2j_lsp.atomic import atomic_binary
from l2j_lsp.hrm.config import HRMConfig
from l2j_lsp.hrm.tokenizer import Tokenizer

FORMAT_TAG = "l2j-hrm-checkpoint"
FORMAT_VERSION = 1
# torch.compile wraps modules and prefixes their state-dict keys with this.
_COMPILE_PREFIX = "_orig_mod."
_ZIP_MAGIC = b"PK\x03\x04"


class CheckpointError(Exception):
    """A checkpoint file is missing, damaged or not an HRM checkpoint."""


@dataclass
class Checkpoint:
    """Everything a checkpoint file holds; ``model_state`` keys are free of compile prefixes."""

    config: HRMConfig
    tokenizer: Tokenizer
    model_state: dict[str, Tensor]
    ema_state: dict[str, Tensor] | None
    optimizer_state: dict[str, Any] | None
    training_state: dict[str, Any]


def strip_compile_prefix(state: dict[str, Tensor]) -> dict[str, Tensor]:
    return {k.replace(_COMPILE_PREFIX, ""): v for k, v in state.items()}


def save_checkpoint(
    path: str | Path,
    *,
    config: dict[str, Any],
    tokenizer_json: str,
    model_state: dict[str, Tensor],
    ema_state: dict[str, Tensor] | None = None,
    optimizer_state: dict[str, Any] | None = None,
    training_state: dict[str, Any] | None = None,
) -> None:
    path = Path(path)
    payload: dict[str, Any] = {
        "format": FORMAT_TAG,
        "version": FORMAT_VERSION,
        "config": config,
        "tokenizer": tokenizer_json,
        "model": {k: v.detach().cpu() for k, v in strip_compile_prefix(model_state).items()},
        "training": dict(training_state or {}),
    }
    if ema_state is not None:
        payload["ema"] = {k: v.detach().cpu() for k, v in strip_compile_prefix(ema_state).items()}
    if optimizer_state is not None:
        payload["optimizer"] = optimizer_state
    with atomic_binary(path) as f:
        torch.save(payload, f)


def load_checkpoint(path: str | Path, map_location: str | torch.device = "cpu") -> Checkpoint:
    """Read and validate a checkpoint; raise ``CheckpointError`` with what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"no checkpoint file at {path}")
    with path.open("rb") as f:
        head = f.read(4)
    try:
        raw = torch.load(path, map_location=map_location, weights_only=True)
    except Exception as exc:
        if isinstance(exc, pickle.UnpicklingError) and "Unsupported global" in str(exc):
            # torch's safe loader met an object it will not build: refused, not damaged.
            raise CheckpointError(
                f"checkpoint {path} was refused unread: it holds Python objects besides "
                "tensors, and loading them could run code; use a checkpoint written by "
                "`l2j-lsp train`"
            ) from None
        if head == _ZIP_MAGIC:
            raise CheckpointError(
                f"checkpoint {path} is truncated or corrupt and cannot be read ({exc})"
            ) from exc
        raise CheckpointError(
            f"{path} is not an HRM checkpoint (not a torch checkpoint file at all)"
        ) from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_TAG:
        raise CheckpointError(
            f"{path} is a torch file but not an HRM checkpoint (no '{FORMAT_TAG}' format tag)"
        )
    version = raw.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise CheckpointError(
            f"checkpoint {path} has format version {version!r}; this l2j-lsp reads up to "
            f"{FORMAT_VERSION}: upgrade l2j-lsp"
        )
    try:
        config = HRMConfig.from_dict(raw["config"])
        tokenizer = Tokenizer.from_json(raw["tokenizer"])
        model_state = strip_compile_prefix(raw["model"])
        ema = raw.get("ema")
        return Checkpoint(
            config=config,
            tokenizer=tokenizer,
            model_state=model_state,
            ema_state=None if ema is None else strip_compile_prefix(ema),
            optimizer_state=raw.get("optimizer"),
            training_state=dict(raw.get("training") or {}),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CheckpointError(f"checkpoint {path} is incomplete or malformed: {exc!r}") from exc
