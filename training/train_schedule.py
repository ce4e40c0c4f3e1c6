"""The learning-rate schedule and the micro-batch plan (gradient accumulation, halved on
out-of-memory). Free of devices so the tests drive them directly."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def lr_at(
    step: int, base_lr: float, warmup_steps: int, total_steps: int, min_ratio: float
) -> float:
    """The seed's schedule (HRM's ``cosine_schedule_with_warmup_lr_lambda``) for update number
    ``step`` (counting from 1): linear warmup over ``warmup_steps``, then a cosine from
    ``base_lr`` down to ``min_ratio * base_lr`` at ``total_steps`` (``min_ratio`` 1.0 keeps it
    constant)."""
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    progress = min(1.0, (step - warmup_steps) / max(1, total_steps - warmup_steps))
    return base_lr * (min_ratio + (1.0 - min_ratio) * 0.5 * (1.0 + math.cos(math.pi * progress)))


class OutOfMemory(RuntimeError):
    """Even a micro-batch of one sequence does not fit."""


@dataclass
class BatchPlan:
    """How one rank's share of a global batch is cut into micro-batches."""

    batch_size: int  # sequences per optimizer step on this rank
    micro_batch_size: int

    def __post_init__(self) -> None:
        self.micro_batch_size = max(1, min(self.micro_batch_size, self.batch_size))

    @property
    def accumulation_steps(self) -> int:
        return math.ceil(self.batch_size / self.micro_batch_size)

    def split(self, items: Sequence[T]) -> list[list[T]]:
        m = self.micro_batch_size
        return [list(items[i : i + m]) for i in range(0, len(items), m)]

    def halve(self) -> bool:
        """Halve the micro-batch; False when it is already one sequence."""
        if self.micro_batch_size <= 1:
            return False
        self.micro_batch_size //= 2
        return True


def step_with_oom_retry(
    plan: BatchPlan,
    items: Sequence[T],
    run: Callable[[list[list[T]]], R],
    oom_errors: tuple[type[BaseException], ...],
    on_halve: Callable[[BatchPlan], None],
) -> R:
    """``run`` one optimizer step over ``items`` cut by ``plan``; when it raises one of
    ``oom_errors`` (CUDA's out-of-memory in training), halve the micro-batch and redo the
    whole step, so the step still sees every item: the global batch stays the same and only
    the accumulation count grows. ``run`` must discard partial gradients before re-raising."""
    while True:
        try:
            return run(plan.split(items))
        except oom_errors as exc:
            if not plan.halve():
                raise OutOfMemory(
                    "out of memory with a micro-batch of one sequence: use a smaller model "
                    "or a lower arch.max_seq_len"
                ) from exc
            on_halve(plan)
