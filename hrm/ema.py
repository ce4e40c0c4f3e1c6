"""Exponential moving average of model weights (TRM: a large part of its gain over HRM)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import torch
from torch import Tensor, nn


class EMA:
    """``shadow = decay * shadow + (1 - decay) * weight`` after every optimizer step.

    Floating-point parameters and buffers are averaged in fp32; integer buffers are copied.
    """

    def __init__(self, model: nn.Module, decay: float = 0.9999) -> None:
        if not 0.0 <= decay < 1.0:
            raise ValueError("EMA decay must be in [0, 1)")
        self.decay = decay
        self.shadow: dict[str, Tensor] = {
            k: (v.detach().float() if v.is_floating_point() else v.detach()).clone()
            for k, v in model.state_dict().items()
        }

    @torch.no_grad()
    def update(self, model: nn.Module) -> None:
        for k, v in model.state_dict().items():
            s = self.shadow[k]
            if v.is_floating_point():
                s.lerp_(v.detach().float(), 1.0 - self.decay)
            else:
                s.copy_(v)

    def state_dict(self) -> dict[str, Tensor]:
        return dict(self.shadow)

    def load_state_dict(self, state: dict[str, Tensor]) -> None:
        missing = set(self.shadow) - set(state)
        if missing:
            raise KeyError(f"EMA state lacks {sorted(missing)}")
        for k, v in state.items():
            self.shadow[k].copy_(v)

    @torch.no_grad()
    def copy_to(self, model: nn.Module) -> None:
        """Overwrite the model's weights with the averages."""
        model.load_state_dict(
            {k: v.to(dtype=model.state_dict()[k].dtype) for k, v in self.shadow.items()}
        )

    @contextlib.contextmanager
    def applied(self, model: nn.Module) -> Iterator[nn.Module]:
        """Evaluate with the averaged weights, then put the trained ones back."""
        backup = {k: v.detach().clone() for k, v in model.state_dict().items()}
        self.copy_to(model)
        try:
            yield model
        finally:
            model.load_state_dict(backup)
