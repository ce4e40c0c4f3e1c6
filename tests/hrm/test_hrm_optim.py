"""AdamATan2, EMA and device resolution."""

from __future__ import annotations

import math

import pytest
import torch

from l2j_lsp.hrm.device import resolve_device
from l2j_lsp.hrm.ema import EMA
from l2j_lsp.hrm.optim import AdamATan2


def test_adam_atan2_reduces_a_quadratic() -> None:
    torch.manual_seed(0)
    target = torch.randn(20)
    w = torch.nn.Parameter(torch.zeros(20))
    opt = AdamATan2([w], lr=0.05, betas=(0.9, 0.99))
    first = ((w - target) ** 2).sum().item()
    for _ in range(300):
        loss = ((w - target) ** 2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert loss.item() < first * 1e-3


def test_adam_atan2_first_step_and_weight_decay() -> None:
    # Step 1: m_hat = g, v_hat = g^2, so the update is a * atan2(g, |g|) = a * pi/4 * sign(g),
    # whatever the gradient's scale (no eps involved).
    for scale in (1e-12, 1.0, 1e6):
        w = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
        opt = AdamATan2([w], lr=0.1, weight_decay=0.5, a=1.27)
        w.grad = torch.tensor([scale, -scale])
        opt.step()
        decayed = torch.tensor([1.0, -1.0]) * (1 - 0.1 * 0.5)
        step = 0.1 * 1.27 * math.pi / 4
        assert torch.allclose(w.detach(), decayed - torch.tensor([step, -step]), atol=1e-6)


def test_ema_math_and_apply_restore() -> None:
    model = torch.nn.Linear(2, 1, bias=False)
    with torch.no_grad():
        model.weight.fill_(1.0)
    ema = EMA(model, decay=0.9)
    with torch.no_grad():
        model.weight.fill_(3.0)
    ema.update(model)  # 0.9 * 1 + 0.1 * 3
    with torch.no_grad():
        model.weight.fill_(5.0)
    ema.update(model)  # 0.9 * 1.2 + 0.1 * 5
    assert torch.allclose(ema.state_dict()["weight"], torch.full((1, 2), 1.58))
    with ema.applied(model):
        assert torch.allclose(model.weight, torch.full((1, 2), 1.58))
    assert torch.equal(model.weight, torch.full((1, 2), 5.0))
    other = EMA(model, decay=0.9)
    other.load_state_dict(ema.state_dict())
    other.copy_to(model)
    assert torch.allclose(model.weight, torch.full((1, 2), 1.58))
    with pytest.raises(ValueError):
        EMA(model, decay=1.0)


def test_resolve_device_falls_back_with_a_notice() -> None:
    assert resolve_device("cpu") == (torch.device("cpu"), None)
    dev, notice = resolve_device("auto")
    assert notice is None and dev.type in {"cpu", "cuda", "mps"}
    if not torch.cuda.is_available():
        dev, notice = resolve_device("cuda")
        assert dev.type == "cpu" and notice is not None and "CUDA is not available" in notice
    with pytest.raises(ValueError):
        resolve_device("tpu")
