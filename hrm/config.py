"""Model sizes and recurrence settings of the HRM, with named presets."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

TokenizerKind = Literal["bytes", "bpe"]
# What the model reads: the Java alone, or the post-editing prompt (hrm.postedit: context,
# Java and the rules draft).
PromptKind = Literal["java", "post_edit"]

# 256 byte values plus <pad> <bos> <sep> <eos>: the size of `Tokenizer.bytes()`.
BYTES_VOCAB_SIZE = 260


@dataclass
class HRMConfig:
    """Everything that fixes the shapes and the computation of a model.

    Stored in every checkpoint (``to_dict``), so a checkpoint rebuilds its own model.
    """

    vocab_size: int = BYTES_VOCAB_SIZE
    tokenizer: TokenizerKind = "bytes"
    hidden_size: int = 64
    num_heads: int = 2
    H_layers: int = 1
    L_layers: int = 1
    H_cycles: int = 2
    L_cycles: int = 2
    # Deep-supervision segments: the carry is detached between them, each one gets a loss.
    N_sup: int = 2
    # How many of the last module calls of a segment get gradient: 2 is HRM's 1-step gradient,
    # L_cycles + 1 is TRM's full last cycle, H_cycles * (L_cycles + 1) is full backprop.
    grad_depth: int = 3
    # Fraction of training over which the gradient depth grows from 2 to ``grad_depth``.
    grad_depth_warmup: float = 0.2
    max_seq_len: int = 1024
    rope_theta: float = 10000.0
    # SwiGLU width as a multiple of hidden_size (before the 2/3 that keeps params equal).
    expansion: float = 4.0
    norm_eps: float = 1e-5
    # Chance that a training sequence gets a random minimum number of segments before the
    # Q head may halt it (HRM's exploration).
    halt_exploration_prob: float = 0.1
    q_loss_weight: float = 0.5
    # Learned per-data-source embedding, prepended as `puzzle_emb_len` positions.
    num_sources: int = 4
    puzzle_emb_len: int = 1
    # A copy head (hrm.copy): the response may copy prompt tokens, as post-editing a draft
    # mostly does. ``copy_anchor_id`` and ``copy_end_id`` are the tokens that open and close
    # the draft in the prompt (-1: none); the trainer sets them from the tokenizer.
    prompt: PromptKind = "java"
    copy_head: bool = False
    copy_dim: int = 64
    # Match lengths the copy head weighs one by one (hrm.copy); longer ones by their log.
    copy_context: int = 8
    copy_anchor_id: int = -1
    copy_end_id: int = -1

    def __post_init__(self) -> None:
        if self.hidden_size % self.num_heads:
            raise ValueError("hidden_size must be a multiple of num_heads")
        if (self.hidden_size // self.num_heads) % 2:
            raise ValueError("head size must be even for RoPE")
        if not 1 <= self.grad_depth <= self.calls_per_segment:
            raise ValueError(
                f"grad_depth must be in 1..{self.calls_per_segment} (H_cycles * (L_cycles + 1))"
            )
        if min(self.H_cycles, self.L_cycles, self.N_sup, self.H_layers, self.L_layers) < 1:
            raise ValueError("cycles, layers and N_sup must be >= 1")
        if self.copy_context < 1:
            raise ValueError("copy_context must be >= 1")
        if self.prompt not in ("java", "post_edit"):
            raise ValueError(f"prompt must be 'java' or 'post_edit', got {self.prompt!r}")
        if self.num_sources < 1 or self.puzzle_emb_len < 0:
            raise ValueError("num_sources must be >= 1 and puzzle_emb_len >= 0")

    @property
    def calls_per_segment(self) -> int:
        return self.H_cycles * (self.L_cycles + 1)

    @property
    def head_dim(self) -> int:
        return self.hidden_size // self.num_heads

    @classmethod
    def preset(cls, name: str, **overrides: Any) -> HRMConfig:
        try:
            base = PRESETS[name]
        except KeyError:
            raise ValueError(f"unknown HRM preset {name!r}; known: {sorted(PRESETS)}") from None
        return cls(**{**base, **overrides})

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HRMConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown HRM config keys: {sorted(unknown)}")
        return cls(**data)


PRESETS: dict[str, dict[str, Any]] = {
    "test": dict(
        tokenizer="bytes",
        vocab_size=BYTES_VOCAB_SIZE,
        hidden_size=64,
        num_heads=2,
        H_layers=1,
        L_layers=1,
        H_cycles=2,
        L_cycles=2,
        N_sup=2,
        grad_depth=3,
        max_seq_len=512,
    ),
    "cpu-small": dict(
        tokenizer="bytes",
        vocab_size=BYTES_VOCAB_SIZE,
        hidden_size=128,
        num_heads=4,
        H_layers=2,
        L_layers=2,
        H_cycles=2,
        L_cycles=2,
        N_sup=2,
        grad_depth=3,
        max_seq_len=1024,
    ),
    "gpu-base": dict(
        tokenizer="bpe",
        vocab_size=16384,
        hidden_size=512,
        num_heads=8,
        H_layers=4,
        L_layers=4,
        H_cycles=2,
        L_cycles=3,
        N_sup=2,
        grad_depth=4,
        max_seq_len=2048,
    ),
}


def grad_depth_at(config: HRMConfig, progress: float) -> int:
    """Gradient depth at a point of training (``progress`` in [0, 1]).

    Grows linearly from 2 (HRM's 1-step gradient) to ``config.grad_depth`` over the first
    ``grad_depth_warmup`` of training: shallow gradients are cheap and stable early on.
    """
    start = min(2, config.grad_depth)
    if config.grad_depth_warmup <= 0 or progress >= config.grad_depth_warmup:
        return config.grad_depth
    frac = max(progress, 0.0) / config.grad_depth_warmup
    return start + int(frac * (config.grad_depth - start + 1) - 1e-9)
