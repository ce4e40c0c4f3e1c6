"""The PrefixLM recurrence: masking, cached decoding, gradient depth, losses."""

from __future__ import annotations

from typing import Any

import pytest
import torch

from l2j_lsp.hrm import HRMConfig, grad_depth_at
from l2j_lsp.hrm.data import collate, encode_pair
from l2j_lsp.hrm.model import HierarchicalReasoningModel
from l2j_lsp.hrm.tokenizer import BOS_ID, EOS_ID, PAD_ID, SEP_ID
from tests.hrm.helpers import random_model

DEEP = dict(N_sup=2, H_cycles=2, L_cycles=2, H_layers=2, L_layers=2)
# The same checks with the copy head, whose first query copies after token 30.
COPYING = [DEEP, {**DEEP, "copy_head": True, "copy_dim": 16, "copy_anchor_id": 30}]


def _sequence(java_len: int, go_len: int, seed: int) -> tuple[torch.Tensor, int]:
    g = torch.Generator().manual_seed(seed)
    java = torch.randint(4, 260, (java_len,), generator=g)
    go = torch.randint(4, 260, (go_len,), generator=g)
    ids = torch.cat((torch.tensor([BOS_ID]), java, torch.tensor([SEP_ID]), go))
    return ids, java_len + 2


@pytest.mark.parametrize("arch", COPYING)
def test_cached_decoding_reproduces_full_forward(arch: dict[str, Any]) -> None:
    model = random_model(**arch)
    ids, prefix = _sequence(11, 9, seed=1)
    full = model(ids[None], torch.tensor([prefix]))
    logits, q, state = model.prefill(ids[None, :prefix], torch.tensor([prefix]), None, 64)
    worst = (logits - full.logits[0, prefix - 1]).abs().max().item()
    for i in range(prefix, len(ids)):
        logits, q = model.decode_step(state, ids[i : i + 1])
        worst = max(worst, (logits - full.logits[0, i]).abs().max().item())
    assert worst <= 1e-4
    # Q at the last position equals the full pass's Q (read at the last token there).
    assert abs(q.item() - full.q_logit.item()) <= 1e-4


@pytest.mark.parametrize("arch", COPYING)
def test_cached_decoding_with_left_padding_matches_each_row(arch: dict[str, Any]) -> None:
    model = random_model(**arch)
    rows = [_sequence(5, 6, seed=2), _sequence(12, 6, seed=3)]
    width = max(p for _, p in rows)
    prompts = torch.full((2, width), PAD_ID)
    for r, (ids, p) in enumerate(rows):
        prompts[r, width - p :] = ids[:p]
    prefix_lens = torch.tensor([p for _, p in rows])
    logits, _, state = model.prefill(prompts, prefix_lens, None, 64)
    steps = [logits]
    for i in range(5):
        tokens = torch.stack([ids[p + i] for ids, p in rows])
        steps.append(model.decode_step(state, tokens)[0])
    for r, (ids, p) in enumerate(rows):
        full = model(ids[None], torch.tensor([p])).logits[0]
        for i, step_logits in enumerate(steps):
            assert (step_logits[r] - full[p - 1 + i]).abs().max().item() <= 1e-4


@pytest.mark.parametrize("arch", COPYING)
def test_changing_a_later_go_token_leaves_earlier_logits_unchanged(arch: dict[str, Any]) -> None:
    model = random_model(**arch)
    ids, prefix = _sequence(8, 10, seed=4)
    changed = ids.clone()
    changed[prefix + 6] = (changed[prefix + 6] + 1 - 4) % 256 + 4
    a = model(ids[None], torch.tensor([prefix])).logits[0]
    b = model(changed[None], torch.tensor([prefix])).logits[0]
    assert torch.equal(a[: prefix + 6], b[: prefix + 6])
    assert (a[prefix + 6 :] - b[prefix + 6 :]).abs().max() > 1e-3


def test_java_is_bidirectional() -> None:
    model = random_model(**DEEP)
    ids, prefix = _sequence(8, 4, seed=5)
    changed = ids.clone()
    changed[prefix - 2] = (changed[prefix - 2] + 1 - 4) % 256 + 4  # last Java token
    a = model(ids[None], torch.tensor([prefix])).logits[0]
    b = model(changed[None], torch.tensor([prefix])).logits[0]
    # The first Java token's state already sees the last Java token...
    assert (a[1] - b[1]).abs().max() > 1e-3
    # ...and so does the position that predicts the first Go token.
    assert (a[prefix - 1] - b[prefix - 1]).abs().max() > 1e-3


def _grad_calls(model: HierarchicalReasoningModel, depth: int) -> list[bool]:
    """For every module call of a training pass, whether it built a graph."""
    seen: list[bool] = []

    def hook(_m: torch.nn.Module, _inp: object, out: torch.Tensor) -> None:
        seen.append(out.requires_grad)

    handles = [model.L.register_forward_hook(hook), model.H.register_forward_hook(hook)]
    ids, prefix = _sequence(6, 5, seed=6)
    labels = torch.where(torch.arange(len(ids)) >= prefix, ids, -100)
    model.train()
    out = model(ids[None], torch.tensor([prefix]), labels=labels[None], grad_depth=depth)
    assert out.loss is not None
    out.loss.backward()
    for h in handles:
        h.remove()
    return seen


def test_gradient_flows_through_the_last_k_calls_only() -> None:
    # Call order per segment with 2x2 cycles: L L H L L H (hooks fire in that order).
    model = random_model(N_sup=2, H_cycles=2, L_cycles=2, halt_exploration_prob=0.0)
    assert _grad_calls(model, 2) == [False] * 4 + [True] * 2 + [False] * 4 + [True] * 2
    model.zero_grad()
    assert _grad_calls(model, 3) == [False] * 3 + [True] * 3 + [False] * 3 + [True] * 3
    model.zero_grad()
    assert _grad_calls(model, 6) == [True] * 12


def test_gradient_depth_changes_the_gradient() -> None:
    grads = []
    for depth in (2, 3):
        model = random_model(halt_exploration_prob=0.0)
        _grad_calls(model, depth)
        layer: Any = model.L.layers[0]  # nn.ModuleList items are typed as Module
        grad = layer.attn.qkv.weight.grad
        assert grad is not None
        grads.append(grad.clone())
    assert (grads[0] - grads[1]).abs().max() > 1e-6


def test_grad_depth_warmup_schedule() -> None:
    cfg = HRMConfig.preset("gpu-base", grad_depth=5, H_cycles=2, L_cycles=4, grad_depth_warmup=0.2)
    depths = [grad_depth_at(cfg, p / 100) for p in range(101)]
    assert depths[0] == 2 and depths[-1] == 5 and depths[20] == 5
    assert depths == sorted(depths) and set(depths) == {2, 3, 4, 5}
    assert grad_depth_at(HRMConfig.preset("test", grad_depth_warmup=0.0), 0.0) == 3
    with pytest.raises(ValueError):
        HRMConfig.preset("test", grad_depth=7)


def test_loss_only_on_go_tokens_and_q_head_starts_unconfident() -> None:
    model = random_model()
    with torch.no_grad():
        model.q_head.weight.zero_()
    tok = model.tokenizer
    assert tok is not None
    pair = encode_pair(tok, "int a;", "var a int", 64)
    assert pair.input_ids[pair.prefix_len - 1] == SEP_ID and pair.input_ids[-1] == EOS_ID
    assert all(x == -100 for x in pair.labels[: pair.prefix_len])
    assert pair.labels[pair.prefix_len :] == pair.input_ids[pair.prefix_len :]
    batch = collate([pair, encode_pair(tok, "x", "y", 64)])
    out = model(batch.input_ids, batch.prefix_lens, batch.source_ids, batch.labels)
    assert torch.allclose(torch.sigmoid(out.q_logit), torch.full((2,), 0.0067), atol=1e-4)
    # Java labels play no part: changing the Java-side labels to -100 already is a no-op,
    # while dropping a Go label changes the loss.
    labels = batch.labels.clone()
    labels[0, pair.prefix_len + 1] = -100
    out2 = model(batch.input_ids, batch.prefix_lens, batch.source_ids, labels)
    assert out.lm_loss is not None and out2.lm_loss is not None
    assert not torch.isclose(out.lm_loss, out2.lm_loss)


def test_truncation_keeps_java_and_drops_eos_of_cut_go() -> None:
    tok = random_model().tokenizer
    assert tok is not None
    long_go = encode_pair(tok, "j" * 10, "g" * 100, 40)
    assert len(long_go.input_ids) == 40 and long_go.truncated
    assert long_go.input_ids[-1] != EOS_ID and long_go.prefix_len == 12
    long_java = encode_pair(tok, "j" * 100, "g" * 5, 40)
    assert len(long_java.input_ids) == 40 and long_java.input_ids[-1] == EOS_ID
    assert long_java.truncated


def test_source_embedding_has_its_own_param_group_and_matters() -> None:
    model = random_model()
    groups = model.param_groups(0.1, source_lr=1e-2, source_weight_decay=0.0)
    assert groups[1]["params"] == [model.source_emb.weight] and groups[1]["lr"] == 1e-2
    n_main = sum(p.numel() for p in groups[0]["params"])
    assert n_main + model.source_emb.weight.numel() == model.num_parameters()
    ids, prefix = _sequence(5, 3, seed=7)
    a = model(ids[None], torch.tensor([prefix]), torch.tensor([0])).logits
    b = model(ids[None], torch.tensor([prefix]), torch.tensor([2])).logits
    assert (a - b).abs().max() > 1e-4


def test_presets_have_the_documented_sizes() -> None:
    assert HierarchicalReasoningModel(HRMConfig.preset("test")).num_parameters() < 200_000
    small = HRMConfig.preset("cpu-small")
    assert (small.hidden_size, small.num_heads, small.H_layers, small.L_layers) == (128, 4, 2, 2)
    cfg = HRMConfig.preset("gpu-base")
    assert (cfg.vocab_size, cfg.hidden_size, cfg.H_cycles, cfg.L_cycles) == (16384, 512, 2, 3)
    assert HRMConfig.from_dict(cfg.to_dict()) == cfg


def test_q_head_halts_sequences_in_training_only() -> None:
    model = random_model(N_sup=3, halt_exploration_prob=0.0)
    ids, prefix = _sequence(6, 5, seed=8)
    labels = torch.where(torch.arange(len(ids)) >= prefix, ids, -100)[None]
    args = (ids[None], torch.tensor([prefix]), None, labels)
    with torch.no_grad():
        model.q_head.bias.fill_(10.0)  # Q says "done" after every segment
        model.train()
        halted = model(*args)
        model.eval()
        full = model(*args)
    assert halted.metrics["active_last_segment"].item() == 0.0
    assert full.metrics["active_last_segment"].item() == 1.0
    assert halted.lm_loss is not None and full.lm_loss is not None
    # Training keeps only the first segment's loss; eval sums all three.
    assert halted.lm_loss.item() < 0.5 * full.lm_loss.item()
    # Exploration forces a minimum number of segments before halting.
    model.config.halt_exploration_prob = 1.0
    model.train()
    with torch.no_grad():
        explored = model(*args)
    assert explored.lm_loss is not None
    assert explored.lm_loss.item() > halted.lm_loss.item()
