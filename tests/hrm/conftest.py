"""Fixtures for the HRM tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import torch

from tests.hrm.helpers import make_tiny_pairs


@pytest.fixture(autouse=True)
def _one_torch_thread() -> Iterator[None]:
    # These matrices are too small to gain from intra-op threads, and on a busy machine
    # (parallel test workers) OpenMP threads fighting for cores make a step ~10x slower.
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture
def tiny_pairs() -> list[tuple[str, str]]:
    return make_tiny_pairs()
