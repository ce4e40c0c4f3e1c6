"""Pick a torch device by name, falling back to CPU with a notice instead of failing."""

from __future__ import annotations

import torch


def _mps_available() -> bool:
    return bool(torch.backends.mps.is_available())


def resolve_device(name: str = "auto") -> tuple[torch.device, str | None]:
    """``auto`` picks CUDA, then MPS, then CPU. Asking for an absent CUDA/MPS gives CPU and a
    notice saying so (the second item; None when the request was met)."""
    name = name.strip().lower()
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda"), None
        if _mps_available():
            return torch.device("mps"), None
        return torch.device("cpu"), None
    if name == "cpu":
        return torch.device("cpu"), None
    if name.startswith("cuda"):
        if torch.cuda.is_available():
            return torch.device(name), None
        return torch.device(
            "cpu"
        ), f"device {name!r} asked for, but CUDA is not available: using CPU"
    if name == "mps":
        if _mps_available():
            return torch.device("mps"), None
        return torch.device("cpu"), "device 'mps' asked for, but MPS is not available: using CPU"
    raise ValueError(f"unknown device {name!r}: use auto, cpu, cuda or mps")
