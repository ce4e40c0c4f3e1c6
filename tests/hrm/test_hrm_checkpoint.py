"""Checkpoints: round trip, EMA, resume state, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from l2j_lsp.hrm import CheckpointError, HierarchicalReasoningModel, HRMConfig, Tokenizer
from l2j_lsp.hrm.checkpoint import load_checkpoint
from l2j_lsp.hrm.ema import EMA
from l2j_lsp.hrm.optim import AdamATan2
from tests.hrm.helpers import random_model


def test_round_trip_with_ema_optimizer_and_bpe(tmp_path: Path) -> None:
    tok = Tokenizer.train_bpe(["int getX() { return x; }", "func GetX() int"] * 10, 300)
    torch.manual_seed(0)
    model = HierarchicalReasoningModel(
        HRMConfig.preset("test", vocab_size=300, tokenizer="bpe"), tok
    )
    opt = AdamATan2(model.param_groups(0.1), lr=1e-3)
    ids = torch.tensor([tok.encode("int a;")])
    model(ids, torch.tensor([ids.shape[1]])).logits.sum().backward()
    opt.step()
    ema = EMA(model, decay=0.5)
    with torch.no_grad():
        model.lm_head.weight.add_(1.0)
    path = tmp_path / "sub" / "best.ckpt"
    model.save_checkpoint(
        path,
        ema_state=ema.state_dict(),
        optimizer_state=opt.state_dict(),
        training_state={"step": 7, "epoch": 1, "best": {"exact_match": 0.5}},
    )
    assert [p.name for p in path.parent.iterdir()] == ["best.ckpt"]  # no temp file left
    ckpt = load_checkpoint(path)
    assert ckpt.training_state == {"step": 7, "epoch": 1, "best": {"exact_match": 0.5}}
    assert ckpt.optimizer_state is not None
    AdamATan2(model.param_groups(0.1), lr=1e-3).load_state_dict(ckpt.optimizer_state)

    raw = HierarchicalReasoningModel.load_from_checkpoint(path, device="cpu", use_ema=False)
    averaged = HierarchicalReasoningModel.load_from_checkpoint(path, device="cpu")
    assert torch.equal(raw.lm_head.weight, model.lm_head.weight)
    assert torch.allclose(averaged.lm_head.weight, model.lm_head.weight - 1.0, atol=1e-6)
    assert not raw.training and raw.tokenizer is not None
    assert raw.tokenizer.encode("getX") == tok.encode("getX")
    model.eval()
    assert raw.generate("int getX()", max_length=12) == model.generate("int getX()", max_length=12)


def test_compile_prefix_is_stripped(tmp_path: Path) -> None:
    model = random_model()
    state = {f"_orig_mod.{k}": v for k, v in model.state_dict().items()}
    from l2j_lsp.hrm.checkpoint import save_checkpoint

    assert model.tokenizer is not None
    save_checkpoint(
        tmp_path / "c.ckpt",
        config=model.config.to_dict(),
        tokenizer_json=model.tokenizer.to_json(),
        model_state=state,
    )
    loaded = HierarchicalReasoningModel.load_from_checkpoint(tmp_path / "c.ckpt", device="cpu")
    assert torch.equal(loaded.q_head.weight, model.q_head.weight)


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "good.ckpt"
    random_model().save_checkpoint(path)
    return path


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CheckpointError, match="no checkpoint file at"):
        HierarchicalReasoningModel.load_from_checkpoint(tmp_path / "nope.ckpt")


def test_truncated_file(tmp_path: Path) -> None:
    data = _saved(tmp_path).read_bytes()
    bad = tmp_path / "truncated.ckpt"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(CheckpointError, match="truncated or corrupt"):
        HierarchicalReasoningModel.load_from_checkpoint(bad)


def test_corrupt_file(tmp_path: Path) -> None:
    data = bytearray(_saved(tmp_path).read_bytes())
    # Overwrite the middle (tensor data and zip records) with garbage, keep the zip magic.
    mid = len(data) // 3
    data[mid : mid + 4096] = bytes(range(256)) * 16
    data[-200:] = b"\x00" * 200
    bad = tmp_path / "corrupt.ckpt"
    bad.write_bytes(bytes(data))
    with pytest.raises(CheckpointError, match="truncated or corrupt"):
        HierarchicalReasoningModel.load_from_checkpoint(bad)


def test_text_file(tmp_path: Path) -> None:
    bad = tmp_path / "notes.ckpt"
    bad.write_text("this is not a checkpoint\n")
    with pytest.raises(CheckpointError, match="not a torch checkpoint"):
        HierarchicalReasoningModel.load_from_checkpoint(bad)


def test_foreign_torch_file(tmp_path: Path) -> None:
    bad = tmp_path / "foreign.ckpt"
    torch.save({"state_dict": {"w": torch.zeros(3)}}, bad)
    with pytest.raises(CheckpointError, match="not an HRM checkpoint"):
        HierarchicalReasoningModel.load_from_checkpoint(bad)


def test_pickled_object_is_refused_without_running_it(tmp_path: Path) -> None:
    bad = tmp_path / "pickle.ckpt"
    torch.save({"format": "l2j-hrm-checkpoint", "obj": Path("/")}, bad)
    with pytest.raises(CheckpointError, match="refused unread: it holds Python objects"):
        load_checkpoint(bad)


def test_newer_version_and_mismatched_weights(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    raw = torch.load(path, weights_only=True)
    raw["version"] = 99
    torch.save(raw, tmp_path / "new.ckpt")
    with pytest.raises(CheckpointError, match="upgrade"):
        load_checkpoint(tmp_path / "new.ckpt")
    raw["version"] = 1
    raw["config"]["hidden_size"] = 128
    torch.save(raw, tmp_path / "odd.ckpt")
    with pytest.raises(CheckpointError, match="does not fit"):
        HierarchicalReasoningModel.load_from_checkpoint(tmp_path / "odd.ckpt")
