"""Unit tests of the trainer's parts: split, method cuts, renaming, schedule, out-of-memory
halving, config errors, and the data sources."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import torch
import yaml
from rich.console import Console

from l2j_lsp.hrm import SOURCE_ACCEPTED, SOURCE_CORRECTED, SOURCE_SYNTHETIC, Tokenizer
from l2j_lsp.hrm.checkpoint import load_checkpoint
from l2j_lsp.training.store import DatasetStore
from l2j_lsp.training.train import run
from l2j_lsp.training.train_config import ConfigError, load_config, parse_config
from l2j_lsp.training.train_data import EpochSampler, Example, load_snapshot, source_weights, split
from l2j_lsp.training.train_report import TrainLog
from l2j_lsp.training.train_schedule import BatchPlan, OutOfMemory, lr_at, step_with_oom_retry
from l2j_lsp.training.train_syntax import (
    apply_renaming,
    cut_methods,
    go_names_for,
    parse,
    rename_plan,
)
from l2j_lsp.training.trainer import Trainer
from tests.training.conftest import CPU_CONFIG, REPO, tiny_config
from tests.training.pairs import short_pairs, write_jsonl

CLASS_JAVA = """package com.l2jserver.gameserver.model;

public class L2Item {
    private int itemId;
    private int count;

    public L2Item(int itemId) {
        this.itemId = itemId;
    }

    public int getItemId() {
        return itemId;
    }

    public boolean isStackable() {
        return count > 1;
    }

    public void use(int amount, String who) {
        int total = count * amount;
        for (int i = 0; i < total; i++) {
            System.out.println(who + i);
        }
    }
}
"""
CLASS_GO = """package model

type L2Item struct {
\titemId int
\tcount  int
}

func NewL2Item(itemId int) *L2Item {
\treturn &L2Item{itemId: itemId}
}

func (o *L2Item) ItemId() int {
\treturn o.itemId
}

func (o *L2Item) IsStackable() bool {
\treturn o.count > 1
}

func (o *L2Item) Use(amount int, who string) {
\ttotal := o.count * amount
\tfor i := 0; i < total; i++ {
\t\tfmt.Println(who + strconv.Itoa(i))
\t}
}
"""


def examples(n: int) -> list[Example]:
    return [
        Example(f"int f{i}() {{}}", f"func F{i}() {{}}", SOURCE_SYNTHETIC, f"pair:{i}")
        for i in range(1, n + 1)
    ]


# ------------------------------------------------------------------ split


def test_split_is_deterministic_and_stable_as_the_dataset_grows() -> None:
    train_a, val_a, _ = split(examples(200), 0.1)
    _, val_b, _ = split(list(reversed(examples(200))), 0.1)
    assert {e.key for e in val_a} == {e.key for e in val_b}
    assert 5 <= len(val_a) <= 40
    assert not {e.key for e in train_a} & {e.key for e in val_a}
    # More pairs never move an old pair to the other side.
    _, val_c, _ = split(examples(400), 0.1)
    assert {e.key for e in val_a} == {e.key for e in val_c if int(e.key[5:]) <= 200}


def test_split_keeps_one_val_pair_and_validates_on_train_when_tiny() -> None:
    train, val, _ = split(examples(10), 0.01)
    assert len(val) == 1 and len(train) == 9
    train, val, note = split(examples(9), 0.1)
    assert train == val and "only 9 pairs" in note
    train, val, note = split(examples(50), 0.0)
    assert train == val and "val_fraction is 0" in note


# ------------------------------------------------------------------ method cuts


def test_method_cuts_match_java_methods_to_go_funcs() -> None:
    cuts = cut_methods(CLASS_JAVA, CLASS_GO)
    assert [c.name for c in cuts] == ["L2Item", "getItemId", "isStackable", "use"]
    by_name = {c.name: c for c in cuts}
    assert by_name["getItemId"].java == "public int getItemId() {\n    return itemId;\n}"
    assert by_name["getItemId"].go.startswith("func (o *L2Item) ItemId() int {")
    assert by_name["use"].go.startswith("func (o *L2Item) Use(")
    assert by_name["L2Item"].go.startswith("func NewL2Item(")
    for c in cuts:
        assert not parse("java", f"class A {{ {c.java} }}").root_node.has_error
        assert not parse("go", "package p\n" + c.go).root_node.has_error


def test_method_cuts_refuse_unclean_pairs() -> None:
    # A Java method with no Go func.
    assert cut_methods(CLASS_JAVA, CLASS_GO.replace("IsStackable", "Stackable2")) == []
    # Overloads: two Java methods, one Go func.
    java = CLASS_JAVA.replace(
        "public boolean isStackable",
        "public int getItemId(int x) { return x; }\n    public boolean isStackable",
    )
    assert cut_methods(java, CLASS_GO) == []
    # Abstract methods, or Go that does not parse.
    assert (
        cut_methods(
            "abstract class A { abstract int f(); }", "package p\nfunc F() int { return 0 }"
        )
        == []
    )
    assert cut_methods(CLASS_JAVA, CLASS_GO + "func (") == []


def test_go_names_for_java_names() -> None:
    assert go_names_for("getItemId") >= {"ItemId", "GetItemId"}
    assert go_names_for("use") >= {"Use"}
    assert go_names_for("isStackable") >= {"IsStackable", "Stackable"}
    assert "Ter" not in go_names_for("getter")
    assert go_names_for("L2Item", is_constructor=True) == {"NewL2Item", "newL2Item"}


# ------------------------------------------------------------------ renaming


def test_renaming_is_consistent_and_the_go_still_parses() -> None:
    plan = rename_plan(CLASS_JAVA, CLASS_GO)
    assert plan is not None
    # Fields (itemId read bare in Java, o.itemId in Go; count likewise) are not renamed.
    assert plan.names == ["amount", "i", "total", "who"]
    java, go, mapping = apply_renaming(plan, random.Random(7))
    assert set(mapping) == set(plan.names) and len(set(mapping.values())) == 4
    assert not parse("go", go).root_node.has_error
    assert not parse("java", java).root_node.has_error
    again = rename_plan(java, go)
    assert again is not None and again.names == sorted(mapping.values())
    for old, new in mapping.items():
        assert len(again.java_spans[new]) == len(plan.java_spans[old])
        assert len(again.go_spans[new]) == len(plan.go_spans[old])
    assert "this.itemId = itemId" in java and "o.count * " in go
    # A fixed seed gives the same renaming.
    assert apply_renaming(plan, random.Random(7)) == (java, go, mapping)


def test_renaming_skips_pairs_without_shared_locals() -> None:
    assert (
        rename_plan("int getHp() { return hp; }", "func (o *Obj) GetHp() int { return o.hp }")
        is None
    )
    plan = rename_plan(
        "int add(int a, int b) { return a + b; }", "func add(a int, b int) int { return a + b }"
    )
    assert plan is not None and plan.names == ["a", "b"]


def test_epoch_sampler_weights_sources_and_is_reproducible() -> None:
    people = [
        Example(
            f"int p{i}(int a) {{ return a; }}",
            f"func p{i}(a int) int {{ return a }}",
            SOURCE_CORRECTED,
            f"pair:{i}",
        )
        for i in range(4)
    ]
    teacher = [
        Example(
            f"int t{i}(int a) {{ return a; }}",
            f"func t{i}(a int) int {{ return a }}",
            SOURCE_SYNTHETIC,
            f"pair:{10 + i}",
        )
        for i in range(8)
    ]
    sampler = EpochSampler(
        people + teacher, Tokenizer.bytes(), 256, source_weights(0.5, 0.25), 1.0, 0
    )
    assert len(sampler) == 4 + 4
    first = sampler.epoch(3)
    assert [p.input_ids for p in first] == [p.input_ids for p in sampler.epoch(3)]
    assert sum(p.source_id == SOURCE_CORRECTED for p in first) == 4
    assert sum(p.source_id == SOURCE_SYNTHETIC for p in first) == 4
    # Renaming (probability 1 here) changes the parameter name on both sides.
    text = Tokenizer.bytes().decode(first[0].input_ids)
    assert "(int a)" not in text


# ------------------------------------------------------------------ schedule and batches


def test_lr_schedule_warmup_then_cosine() -> None:
    assert lr_at(1, 1e-3, 10, 110, 0.1) == pytest.approx(1e-4)
    assert lr_at(10, 1e-3, 10, 110, 0.1) == pytest.approx(1e-3)
    assert lr_at(60, 1e-3, 10, 110, 0.1) == pytest.approx(1e-3 * (0.1 + 0.9 * 0.5))
    assert lr_at(110, 1e-3, 10, 110, 0.1) == pytest.approx(1e-4)
    assert lr_at(500, 1e-3, 10, 110, 0.1) == pytest.approx(1e-4)
    # The seed's lr_min_ratio 1.0: constant after warmup.
    assert {lr_at(s, 1e-4, 2000, 40000, 1.0) for s in (2000, 9000, 40000)} == {1e-4}
    values = [lr_at(s, 1.0, 5, 50, 0.0) for s in range(1, 51)]
    assert values[:5] == sorted(values[:5]) and values[4:] == sorted(values[4:], reverse=True)


class FakeOOM(Exception):
    pass


def test_oom_halves_the_micro_batch_and_keeps_the_global_batch() -> None:
    plan = BatchPlan(batch_size=40, micro_batch_size=40)
    seen: list[list[int]] = []
    halvings: list[int] = []

    def step(micro: list[list[int]]) -> int:
        if max(len(m) for m in micro) > 10:
            raise FakeOOM
        seen.append([len(m) for m in micro])
        return sum(len(m) for m in micro)

    done = step_with_oom_retry(
        plan, list(range(40)), step, (FakeOOM,), lambda p: halvings.append(p.micro_batch_size)
    )
    assert done == 40
    assert halvings == [20, 10] and plan.micro_batch_size == 10 and plan.accumulation_steps == 4
    assert seen == [[10, 10, 10, 10]]
    # Later steps start at the halved size; other errors pass through.
    with pytest.raises(ValueError):
        step_with_oom_retry(plan, [1], lambda m: int("x"), (FakeOOM,), lambda p: None)
    tiny = BatchPlan(batch_size=2, micro_batch_size=1)
    with pytest.raises(OutOfMemory):
        step_with_oom_retry(
            tiny, [1, 2], lambda m: (_ for _ in ()).throw(FakeOOM()), (FakeOOM,), lambda p: None
        )


def test_trainer_recovers_from_an_injected_oom(
    tmp_path: Path, pair_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    cfg = load_config(
        tiny_config(tmp_path / "cfg.yaml", epochs=1, global_batch_size=8, eval_interval=100)
    )
    log = TrainLog(tmp_path / "train.log", console=Console(stderr=True))
    trainer = Trainer(
        cfg, load_snapshot(pair_store, None), torch.device("cpu"), False, log, oom_errors=(FakeOOM,)
    )
    real_forward = trainer.model.forward
    sizes: list[int] = []

    def forward(input_ids: torch.Tensor, *args: Any, **kwargs: Any) -> Any:
        sizes.append(input_ids.shape[0])
        if trainer.model.training and input_ids.shape[0] > 2:
            raise FakeOOM
        return real_forward(input_ids, *args, **kwargs)

    monkeypatch.setattr(trainer.model, "forward", forward)
    result = trainer.fit()
    log.close()
    assert result.steps == trainer.steps_per_epoch == 5
    assert trainer.plan.micro_batch_size == 2 and trainer.plan.accumulation_steps == 4
    assert sizes[:3] == [8, 4, 2] and set(sizes[3:]) == {2}
    text = (tmp_path / "train.log").read_text()
    assert "micro-batch halved to 4" in text and "micro-batch halved to 2" in text
    assert "global_batch_size stays 8" in text
    assert (tmp_path / "checkpoints/l2j_hrm/best.ckpt").is_file()


def test_a_time_budget_cuts_the_run_to_what_fits(
    tmp_path: Path, pair_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 5,000 planned steps; a 6-second budget leaves room for a few dozen on any machine.
    monkeypatch.chdir(tmp_path)
    cfg = load_config(
        tiny_config(
            tmp_path / "cfg.yaml",
            epochs=1000,
            eval_interval=10_000,
            log_interval=1,
            time_budget_minutes=0.1,
        )
    )
    log = TrainLog(tmp_path / "train.log", console=Console(stderr=True))
    trainer = Trainer(cfg, load_snapshot(pair_store, None), torch.device("cpu"), False, log)
    result = trainer.fit()
    log.close()
    assert trainer.planned_steps == 5000
    assert 10 <= result.steps == trainer.total_steps < 5000
    assert result.epochs == result.steps // trainer.steps_per_epoch  # whole epochs only
    text = (tmp_path / "train.log").read_text()
    assert f"of the planned {trainer.planned_steps} steps fit" in text
    assert load_checkpoint(tmp_path / "checkpoints/l2j_hrm/last.ckpt").training_state["finished"]


# ------------------------------------------------------------------ configs


def test_both_configs_parse_with_the_seed_values() -> None:
    seed = load_config(REPO / "configs" / "train_l2j_hrm.yaml")
    assert (seed.global_batch_size, seed.epochs, seed.eval_interval) == (384, 20000, 2000)
    assert (seed.lr, seed.lr_min_ratio, seed.lr_warmup_steps) == (1e-4, 1.0, 2000)
    assert (seed.weight_decay, seed.beta1, seed.beta2) == (0.1, 0.9, 0.95)
    assert (seed.puzzle_emb_lr, seed.puzzle_emb_weight_decay) == (1e-2, 0.1)
    assert (seed.project_name, seed.run_name, seed.checkpoint_path, seed.seed) == (
        "l2j-hrm-migration",
        "l2j-to-go-v1",
        "checkpoints/l2j_hrm",
        0,
    )
    assert seed.checkpoint_every_eval and seed.data_path == "data/l2j-to-go-hrm"
    assert (seed.arch_name, seed.loss_name, seed.loss_type) == (
        "hrm_v1",
        "ACTLossHead",
        "stablemax_cross_entropy",
    )
    assert (seed.model.hidden_size, seed.model.tokenizer, seed.model.vocab_size) == (
        512,
        "bpe",
        16384,
    )
    cpu = load_config(CPU_CONFIG)
    assert (cpu.model.tokenizer, cpu.model.prompt, cpu.model.copy_head) == (
        "bpe",
        "post_edit",
        True,
    )
    assert cpu.num_threads == 1 and seed.num_threads is None
    assert (seed.model.prompt, seed.model.copy_head) == ("post_edit", True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("arch: [1\n", "not valid YAML"),
        ("- 1\n", "must be a YAML mapping"),
        ("lrr: 1e-4\n", "unknown config key(s) 'lrr' (did you mean 'lr'?)"),
        (
            "arch: {hiden_size: 64}\n",
            "unknown arch key(s) 'hiden_size' (did you mean 'hidden_size'?)",
        ),
        ("arch: {name: transformer}\n", "arch.name 'transformer' is not supported"),
        ("arch: {loss: {name: Other}}\n", "arch.loss.name 'Other'"),
        (
            "arch: {hidden_size: 65, num_heads: 2}\n",
            "arch: hidden_size must be a multiple of num_heads",
        ),
        ("epochs: many\n", "epochs must be int"),
        ("global_batch_size: 0\n", "global_batch_size must be >= 1"),
        ("lr_min_ratio: 2\n", "lr_min_ratio must be in [0, 1]"),
        ("project_name: ../x\n", "project_name must be a plain name"),
        ("optimizer: sgd\n", "optimizer 'sgd'"),
    ],
)
def test_config_errors_say_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_config_accepts_numeric_strings_and_arch_aliases() -> None:
    cfg = parse_config(
        {"lr": "3e-4", "arch": {"preset": "test", "halt_max_steps": 3, "pos_encodings": "rope"}}
    )
    assert cfg.lr == 3e-4 and cfg.model.N_sup == 3 and cfg.model.hidden_size == 64


def test_run_exits_2_on_config_and_dataset_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("epochz: 3\n")
    assert run(bad, tmp_path / "none.sqlite") == 2
    assert "did you mean 'epochs'" in capsys.readouterr().err
    cfg = tiny_config(tmp_path / "cfg.yaml")
    empty = tmp_path / "empty.sqlite"
    with DatasetStore(empty) as store:
        store.add("int a;", "var a int", "rejected")
    assert run(cfg, empty) == 2
    err = capsys.readouterr().err
    assert "no accepted or corrected pairs in" in err and "l2j-lsp dataset import" in err
    assert run(cfg, tmp_path / "missing.sqlite") == 2
    assert not (tmp_path / "missing.sqlite").exists()


# ------------------------------------------------------------------ data sources


def test_snapshot_takes_trainable_statuses_and_data_path_extras(tmp_path: Path) -> None:
    path = tmp_path / "ds.sqlite"
    with DatasetStore(path) as store:
        store.add("int a() {}", "func a() {}", "accepted")
        store.add("int b() {}", "func b() {}", "corrected")
        store.add("int c() {}", "func c() {}", "rejected")
        store.add("int d() {}", "func d() {}", "suggested")
        store.add("int e() {}", "func e() {}", "synthetic", backend="rules")
    extra = write_jsonl(
        tmp_path / "seed.jsonl", [("int a() {}", "func a() {}"), *short_pairs()[:3]]
    )
    snap = load_snapshot(path, extra)
    assert snap.from_store == 3 and snap.from_data_path == 3 and snap.max_store_id == 5
    sources = {e.java: e.source_id for e in snap.examples}
    assert sources["int a() {}"] == SOURCE_ACCEPTED and sources["int b() {}"] == SOURCE_CORRECTED
    assert "int c() {}" not in sources and "int d() {}" not in sources
    assert all(e.source_id == SOURCE_SYNTHETIC for e in snap.examples[3:])


def test_data_path_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from l2j_lsp.training.train import _data_path

    monkeypatch.chdir(tmp_path)
    cfg = load_config(tiny_config(tmp_path / "cfg.yaml", data_path="data/l2j-to-go-hrm"))
    assert _data_path(cfg) is None  # the seed's folder is absent from a fresh checkout
    folder = tmp_path / "data" / "l2j-to-go-hrm"
    folder.mkdir(parents=True)
    assert _data_path(cfg) is None  # present but empty
    (folder / "p1.json").write_text('{"input_code": "int a;", "output_code": "var a int"}')
    assert _data_path(cfg) == Path("data/l2j-to-go-hrm")
    write_jsonl(tmp_path / "x.jsonl", short_pairs()[:1])
    cfg.data_path = "x.jsonl"
    assert _data_path(cfg) == Path("x.jsonl")


def test_bpe_is_trained_then_reused_when_fine_tuning(
    tmp_path: Path, pair_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tiny_config(tmp_path / "cfg.yaml", epochs=1)
    data = yaml.safe_load(path.read_text())
    data["arch"].update(tokenizer="bpe", vocab_size=300)
    path.write_text(yaml.safe_dump(data))
    cfg = load_config(path)
    log = TrainLog(tmp_path / "train.log", console=Console(stderr=True))
    first = Trainer(cfg, load_snapshot(pair_store, None), torch.device("cpu"), True, log)
    assert first.tokenizer.kind == "bpe" and 260 < first.tokenizer.vocab_size <= 300
    # Byte-level BPE: shorter than bytes on code, and lossless.
    java = short_pairs()[0][0]
    assert len(first.tokenizer.encode(java)) < len(java.encode())
    assert first.tokenizer.decode(first.tokenizer.encode(java)) == java
    first.fit()
    second = Trainer(cfg, load_snapshot(pair_store, None), torch.device("cpu"), True, log)
    log.close()
    assert second.tokenizer.to_json() == first.tokenizer.to_json()
    text = (tmp_path / "train.log").read_text()
    assert "training a 300-token BPE" in text
    assert (
        "holds a finished run" in text and "fine-tuning from checkpoints/l2j_hrm/best.ckpt" in text
    )
    # Weights start from the EMA weights of best.ckpt.
    best = load_checkpoint(tmp_path / "checkpoints/l2j_hrm/best.ckpt")
    assert best.ema_state is not None
    for name, value in second.model.state_dict().items():
        assert torch.equal(value, best.ema_state[name].to(value.dtype))
    # A config whose model does not fit the checkpoint is refused with the fix.
    cfg.model = load_config(tiny_config(tmp_path / "other.yaml")).model
    with pytest.raises(ConfigError, match="init_from: none"):
        Trainer(cfg, load_snapshot(pair_store, None), torch.device("cpu"), False, log)
