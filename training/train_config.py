"""The training config (YAML): the seed guide's keys as written, our extras, and the model's
sizes under ``arch``. Every problem is a :class:`ConfigError` whose message says what to fix;
``l2j-lsp train`` turns it into exit code 2."""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from l2j_lsp.hrm import HRMConfig

# The seed's arch and loss names; all map to our generative HRM (hrm.HierarchicalReasoningModel)
# whose loss is the token cross-entropy of every deep-supervision segment plus the Q-head BCE.
ARCH_NAMES = ("hrm_v1", "hrm")
LOSS_HEADS = ("ACTLossHead",)
LOSS_TYPES = ("stablemax_cross_entropy", "softmax_cross_entropy")
# Keys of the original HRM arch file that have a meaning here, and their HRMConfig names.
ARCH_ALIASES = {"halt_max_steps": "N_sup"}
ARCH_FIXED = {"pos_encodings": "rope"}
OPTIMIZERS = ("adam_atan2", "adamw")


class ConfigError(ValueError):
    """The config cannot be used; the message names the key and what to use."""


@dataclass
class TrainConfig:
    """One training run. Paths stay as written; they resolve against the working directory."""

    model: HRMConfig
    arch_name: str = "hrm_v1"
    loss_name: str = "ACTLossHead"
    loss_type: str = "stablemax_cross_entropy"
    data_path: str = "data/l2j-to-go-hrm"
    global_batch_size: int = 384
    # Sequences per forward pass; the rest of the global batch comes from accumulation.
    # None: the whole per-rank batch at once (halved automatically on CUDA out-of-memory).
    micro_batch_size: int | None = None
    epochs: int = 20000
    eval_interval: int = 2000
    # A progress line in train.log every this many steps (the bar is for terminals only).
    log_interval: int = 50
    checkpoint_every_eval: bool = True
    # epoch_N.ckpt files kept (oldest removed first); 0 keeps all.
    keep_checkpoints: int = 3
    # last.ckpt is also written at an epoch's end when the previous write is this old.
    checkpoint_min_seconds: float = 60.0
    lr: float = 1e-4
    lr_min_ratio: float = 1.0
    lr_warmup_steps: int = 2000
    weight_decay: float = 0.1
    beta1: float = 0.9
    beta2: float = 0.95
    puzzle_emb_lr: float = 1e-2
    puzzle_emb_weight_decay: float = 0.1
    optimizer: str = "adam_atan2"
    grad_clip: float = 1.0
    ema: bool = True
    ema_decay: float = 0.9999
    project_name: str = "l2j-hrm-migration"
    run_name: str = "l2j-to-go-v1"
    checkpoint_path: str = "checkpoints/l2j_hrm"
    # Start weights when no run is being resumed: "best" (<checkpoint_path>/best.ckpt when it
    # exists), "none" (from scratch) or a checkpoint path.
    init_from: str = "best"
    seed: int = 0
    val_fraction: float = 0.1
    # Val pairs greedily decoded per eval for the exact-match rate (decoding is the slow part).
    eval_decode_limit: int = 64
    # Sampling weight of a teacher/seed pair and of a rules pair relative to a person's pair.
    synthetic_weight: float = 0.5
    rules_weight: float = 0.25
    method_level: bool = True
    # Chance that a training pair is seen with its local names consistently renamed.
    augment_rename_prob: float = 0.5
    # BPE vocabularies train on at most this many characters of the dataset.
    tokenizer_train_chars: int = 50_000_000
    # Minutes the whole run may take (null: no limit): the planned steps are cut to what
    # fits at the pace measured so far, and the schedule ends there.
    time_budget_minutes: float | None = None
    # Torch threads for a CPU run (null: torch's default, one per core). A small model on
    # 2 shared cores is often faster on one: a second thread adds a barrier to every op.
    num_threads: int | None = None
    wandb: bool = False


_SCALARS: dict[str, type | tuple[type, ...]] = {
    "data_path": str,
    "global_batch_size": int,
    "micro_batch_size": (int, type(None)),
    "epochs": int,
    "eval_interval": int,
    "log_interval": int,
    "checkpoint_every_eval": bool,
    "keep_checkpoints": int,
    "checkpoint_min_seconds": (int, float),
    "lr": (int, float),
    "lr_min_ratio": (int, float),
    "lr_warmup_steps": int,
    "weight_decay": (int, float),
    "beta1": (int, float),
    "beta2": (int, float),
    "puzzle_emb_lr": (int, float),
    "puzzle_emb_weight_decay": (int, float),
    "optimizer": str,
    "grad_clip": (int, float),
    "ema": bool,
    "ema_decay": (int, float),
    "project_name": str,
    "run_name": str,
    "checkpoint_path": str,
    "init_from": str,
    "seed": int,
    "val_fraction": (int, float),
    "eval_decode_limit": int,
    "synthetic_weight": (int, float),
    "rules_weight": (int, float),
    "method_level": bool,
    "augment_rename_prob": (int, float),
    "tokenizer_train_chars": int,
    "num_threads": (int, type(None)),
    "time_budget_minutes": (int, float, type(None)),
    "wandb": bool,
}
_MODEL_FIELDS = {f.name for f in dataclasses.fields(HRMConfig)}


def _unknown(keys: set[str], known: set[str], where: str) -> str:
    parts = []
    for key in sorted(keys):
        near = difflib.get_close_matches(key, sorted(known), n=1)
        parts.append(f"{key!r}" + (f" (did you mean {near[0]!r}?)" if near else ""))
    return f"unknown {where} key(s) {', '.join(parts)}; known: {', '.join(sorted(known))}"


def _check_type(key: str, value: Any, kind: type | tuple[type, ...]) -> Any:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    # YAML reads 1e-4 as a string (PyYAML follows YAML 1.1): accept numeric strings for floats.
    if float in kinds and isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            pass
    if isinstance(value, bool) and bool not in kinds:
        raise ConfigError(f"{key} must be a number, got {value!r}")
    if not isinstance(value, kinds):
        names = " or ".join("null" if k is type(None) else k.__name__ for k in kinds)
        raise ConfigError(f"{key} must be {names}, got {value!r}")
    return float(value) if float in kinds and isinstance(value, int) else value


def _model_config(arch: dict[str, Any]) -> HRMConfig:
    sizes: dict[str, Any] = {}
    for key, value in arch.items():
        if key in ARCH_FIXED:
            if value != ARCH_FIXED[key]:
                raise ConfigError(f"arch.{key} must be {ARCH_FIXED[key]!r}, got {value!r}")
            continue
        sizes[ARCH_ALIASES.get(key, key)] = value
    preset = sizes.pop("preset", None)
    unknown = set(sizes) - _MODEL_FIELDS
    if unknown:
        known = _MODEL_FIELDS | {"name", "loss", "preset"} | set(ARCH_ALIASES) | set(ARCH_FIXED)
        raise ConfigError(_unknown(unknown, known, "arch"))
    try:
        if preset is not None:
            return HRMConfig.preset(str(preset), **sizes)
        return HRMConfig(**sizes)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"arch: {exc}") from None


def parse_config(data: Any) -> TrainConfig:
    """Validate a config mapping (as read from YAML)."""
    if not isinstance(data, dict):
        raise ConfigError("the config must be a YAML mapping of keys to values")
    arch = data.get("arch") or {}
    if not isinstance(arch, dict):
        raise ConfigError("arch must be a mapping (name, loss and the model's sizes)")
    unknown = set(data) - set(_SCALARS) - {"arch"}
    if unknown:
        raise ConfigError(_unknown(unknown, set(_SCALARS) | {"arch"}, "config"))
    arch = dict(arch)
    name = arch.pop("name", "hrm_v1")
    if name not in ARCH_NAMES:
        raise ConfigError(f"arch.name {name!r} is not supported; use one of {ARCH_NAMES}")
    loss = arch.pop("loss", None) or {}
    if not isinstance(loss, dict) or set(loss) - {"name", "loss_type"}:
        raise ConfigError("arch.loss must be a mapping with 'name' and 'loss_type'")
    loss_name = loss.get("name", "ACTLossHead")
    loss_type = loss.get("loss_type", "stablemax_cross_entropy")
    if loss_name not in LOSS_HEADS:
        raise ConfigError(f"arch.loss.name {loss_name!r} is not supported; use {LOSS_HEADS}")
    if loss_type not in LOSS_TYPES:
        raise ConfigError(f"arch.loss.loss_type {loss_type!r}: use one of {LOSS_TYPES}")
    values = {k: _check_type(k, v, _SCALARS[k]) for k, v in data.items() if k != "arch"}
    config = TrainConfig(
        model=_model_config(arch),
        arch_name=str(name),
        loss_name=str(loss_name),
        loss_type=str(loss_type),
        **values,
    )
    _check_ranges(config)
    return config


def _check_ranges(c: TrainConfig) -> None:
    positive = {
        "global_batch_size": c.global_batch_size,
        "epochs": c.epochs,
        "eval_interval": c.eval_interval,
        "log_interval": c.log_interval,
        "eval_decode_limit": c.eval_decode_limit,
    }
    for key, value in positive.items():
        if value < 1:
            raise ConfigError(f"{key} must be >= 1, got {value}")
    if c.time_budget_minutes is not None and c.time_budget_minutes <= 0:
        raise ConfigError(f"time_budget_minutes must be > 0 or null, got {c.time_budget_minutes}")
    if c.num_threads is not None and c.num_threads < 1:
        raise ConfigError(f"num_threads must be >= 1 or null, got {c.num_threads}")
    if c.micro_batch_size is not None and c.micro_batch_size < 1:
        raise ConfigError(f"micro_batch_size must be >= 1 or null, got {c.micro_batch_size}")
    if c.lr <= 0 or c.puzzle_emb_lr < 0:
        raise ConfigError("lr must be > 0 and puzzle_emb_lr >= 0")
    if not 0.0 <= c.lr_min_ratio <= 1.0:
        raise ConfigError(f"lr_min_ratio must be in [0, 1], got {c.lr_min_ratio}")
    if c.lr_warmup_steps < 0 or c.keep_checkpoints < 0:
        raise ConfigError("lr_warmup_steps and keep_checkpoints must be >= 0")
    if not (0.0 <= c.beta1 < 1.0 and 0.0 <= c.beta2 < 1.0):
        raise ConfigError("beta1 and beta2 must be in [0, 1)")
    if not 0.0 <= c.ema_decay < 1.0:
        raise ConfigError(f"ema_decay must be in [0, 1), got {c.ema_decay}")
    if not 0.0 <= c.val_fraction < 1.0:
        raise ConfigError(f"val_fraction must be in [0, 1), got {c.val_fraction}")
    if not 0.0 <= c.augment_rename_prob <= 1.0:
        raise ConfigError("augment_rename_prob must be in [0, 1]")
    if not (0.0 < c.synthetic_weight <= 1.0 and 0.0 < c.rules_weight <= 1.0):
        raise ConfigError("synthetic_weight and rules_weight must be in (0, 1]")
    if c.optimizer not in OPTIMIZERS:
        raise ConfigError(f"optimizer {c.optimizer!r}: use one of {OPTIMIZERS}")
    for key in ("project_name", "run_name"):
        value = getattr(c, key)
        if not value or "/" in value or "\\" in value or value in (".", ".."):
            raise ConfigError(f"{key} must be a plain name (it names a folder), got {value!r}")


def load_config(path: Path) -> TrainConfig:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the config {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path} is not a YAML text file (not UTF-8 at byte {exc.start})"
        ) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from None
    try:
        return parse_config(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
