"""The `test` config learns 32 tiny pairs, and a saved checkpoint decodes the same."""

from __future__ import annotations

import math
import time
from pathlib import Path

import torch

from l2j_lsp.hrm import HierarchicalReasoningModel, HRMConfig
from l2j_lsp.hrm.data import collate, encode_pair
from l2j_lsp.hrm.optim import AdamATan2
from tests.support.steps import STEP_BOUNDED

STEPS = 300
LR = 3e-3


@STEP_BOUNDED  # 300 steps, however long a loaded machine takes for them
def test_overfits_32_pairs_and_checkpoint_decodes_identically(
    tiny_pairs: list[tuple[str, str]], tmp_path: Path
) -> None:
    start = time.monotonic()
    torch.manual_seed(0)
    model = HierarchicalReasoningModel(HRMConfig.preset("test"))
    assert model.tokenizer is not None
    batch = collate([encode_pair(model.tokenizer, j, g, 256) for j, g in tiny_pairs])
    opt = AdamATan2(model.param_groups(0.0), lr=LR, betas=(0.9, 0.95))
    model.train()
    for step in range(STEPS):
        # Short warmup, cosine decay to 10%: the decay is what makes the last steps settle.
        warm = min(1.0, (step + 1) / 20)
        cosine = 0.1 + 0.45 * (1 + math.cos(math.pi * step / STEPS))
        for group in opt.param_groups:
            group["lr"] = LR * warm * cosine
        out = model(batch.input_ids, batch.prefix_lens, batch.source_ids, batch.labels)
        assert out.loss is not None
        opt.zero_grad()
        out.loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
    model.eval()

    javas = [j for j, _ in tiny_pairs]
    gens = model.generate_batch(javas, max_length=64)
    exact = sum(g.text == go for g, (_, go) in zip(gens, tiny_pairs, strict=True))
    assert exact >= 29, f"only {exact}/32 exact"
    assert all(g.finished for g in gens)

    path = tmp_path / "best.ckpt"
    model.save_checkpoint(path, training_state={"step": STEPS})
    loaded = HierarchicalReasoningModel.load_from_checkpoint(path, device="cpu")
    again = loaded.generate_batch(javas, max_length=64)
    assert [g.text for g in again] == [g.text for g in gens]
    assert loaded.generate(javas[0], max_length=64) == gens[0].text
    # Learned confidence: higher on what it gets right than the untrained sigmoid(-5).
    assert sum(g.confidence for g in gens) / len(gens) > 0.1
    print(f"overfit: {exact}/32 exact in {time.monotonic() - start:.1f}s")
