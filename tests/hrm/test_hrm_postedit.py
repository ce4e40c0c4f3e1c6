"""Post-editing: the prompt, the copy head (an untrained model writes out the draft), the
packed logits of a labelled pass, repetition stopping and the confidence calibration."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import torch

from l2j_lsp.backends.hrm import rules_draft
from l2j_lsp.hrm import HierarchicalReasoningModel, HRMConfig, Tokenizer
from l2j_lsp.hrm.calibration import Calibration, fit
from l2j_lsp.hrm.checkpoint import load_checkpoint
from l2j_lsp.hrm.data import collate, encode_pair
from l2j_lsp.hrm.generate import LOOP_REPEATS, LOOP_SPAN, loop_start
from l2j_lsp.hrm.model import IGNORE_INDEX
from l2j_lsp.hrm.postedit import CONTEXT_END, DRAFT_END, DRAFT_START, post_edit_prompt
from l2j_lsp.training.calibrate import calibrate_checkpoint
from l2j_lsp.training.post_edit import request_for
from l2j_lsp.training.train_data import Example
from tests.hrm.helpers import random_model

BYTES = Tokenizer.bytes()
MARK_IDS = {
    "copy_anchor_id": BYTES.encode(DRAFT_START)[0],
    "copy_end_id": BYTES.encode(DRAFT_END)[0],
}
JAVA = "public int getMp() {\n        return _mp;\n    }"
DRAFT = "// Mp is the Java method Hero.getMp.\nfunc (h *Hero) Mp() int32 {\n\treturn h.mp\n}\n"
CONTEXT = """package com.l2jserver.gameserver.model;
import java.util.List;
import java.util.Map;
// enclosing type: @Deprecated
public class Hero
//   field: private int _mp;
//   field: private int _hp;
//   member: public int getMp()
//   member: public int getHp()

// L2J naming in Go: field _mp -> mp; field _hp -> hp; method getMp() -> Mp()"""


def test_the_prompt_keeps_the_context_the_java_uses() -> None:
    prompt = post_edit_prompt(JAVA, DRAFT, CONTEXT)
    context, rest = prompt.split(CONTEXT_END)
    assert rest == f"{JAVA}{DRAFT_START}{DRAFT}{DRAFT_END}"
    assert context.splitlines() == [
        "package com.l2jserver.gameserver.model;",
        "// enclosing type: @Deprecated",
        "public class Hero",
        "//   field: private int _mp;",
        "//   member: public int getMp()",
        "// L2J naming in Go: field _mp -> mp; method getMp() -> Mp()",
    ]
    # A mark inside the code cannot split the prompt elsewhere.
    assert post_edit_prompt("a\x1db", "c\x1ed").count(DRAFT_START) == 1


@pytest.mark.parametrize("seed", [0, 1])
def test_an_untrained_copy_head_writes_out_the_draft(seed: int) -> None:
    torch.manual_seed(seed)
    config = HRMConfig.preset("test", copy_head=True, prompt="post_edit", **MARK_IDS)
    model = HierarchicalReasoningModel(config).eval()
    gen = model.generate_with_confidence(post_edit_prompt(JAVA, DRAFT, CONTEXT), max_length=200)
    assert (gen.text, gen.finished) == (DRAFT, True)
    plain = HierarchicalReasoningModel(HRMConfig.preset("test", prompt="post_edit")).eval()
    assert plain.generate(post_edit_prompt(JAVA, DRAFT, CONTEXT), max_length=100) != DRAFT


def test_a_large_gate_shift_brings_a_model_back_to_the_draft() -> None:
    # A model whose gate and copy query are random (as if trained) does not write the draft;
    # shifted far to the copy side, it does.
    model = random_model(seed=2, copy_head=True, prompt="post_edit", **MARK_IDS)
    copy = model.copy
    assert copy is not None
    with torch.no_grad():
        copy.gate.bias.fill_(3.0)  # prefers its LM head
    prompt = post_edit_prompt(JAVA, DRAFT, CONTEXT)
    assert model.generate(prompt, max_length=120) != DRAFT
    copy.gate_shift = 30.0
    assert model.generate(prompt, max_length=120) == DRAFT


@pytest.mark.parametrize("arch", [{}, {"copy_head": True, "copy_dim": 16, **MARK_IDS}])
def test_a_labelled_pass_gives_the_full_logits_at_the_labelled_positions(
    arch: dict[str, Any],
) -> None:
    model = random_model(**arch)
    pairs = [encode_pair(BYTES, "int a;\x1dvar a int", "var a int32", 64)]
    pairs.append(encode_pair(BYTES, "x\x1dy", "yy", 64))
    batch = collate(pairs)
    full = model(batch.input_ids, batch.prefix_lens).logits
    out = model(batch.input_ids, batch.prefix_lens, labels=batch.labels)
    shifted = torch.cat((batch.labels[:, 1:], batch.labels[:, :1] * 0 + IGNORE_INDEX), dim=1)
    selected = shifted != IGNORE_INDEX
    assert out.logits.shape == (int(selected.sum()), full.shape[-1])
    assert (out.logits - full[selected]).abs().max().item() <= 1e-4


def test_loop_start_finds_repetition_and_spares_short_runs() -> None:
    period = [7, 8, 9, 10, 11, 12, 13, 14]
    looping = [1, 2, 3] + period * LOOP_REPEATS
    assert loop_start(looping) == 3 + len(period)  # one copy of the period is kept
    assert loop_start([1, 2] + [5] * (LOOP_SPAN - 1)) is None  # a run shorter than the span
    assert loop_start([1, 2] + [5] * LOOP_SPAN) == 3
    assert loop_start(period * (LOOP_REPEATS - 1)) is None
    assert loop_start(list(range(100))) is None


def test_decoding_stops_a_loop_and_says_so() -> None:
    model = random_model(seed=5)
    # A model that always writes "ab": its logits favour the byte it did not write last.
    a, b = BYTES.encode("ab")

    def rigged(state: Any, tokens: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        logits = torch.full((tokens.shape[0], 260), -10.0)
        logits[:, b if int(tokens[0]) == a else a] = 10.0
        return logits, torch.zeros(tokens.shape[0])

    model.decode_step = rigged  # type: ignore[method-assign]
    gen = model.generate_with_confidence("x", max_length=200)
    assert gen.looped and not gen.finished
    # The first token comes from the prompt's pass; the loop is cut to one period.
    assert gen.text[1:] == "ab" and gen.tokens == 3


def test_calibration_learns_which_answers_hold_and_falls_back_to_the_rate() -> None:
    # The outcome follows the mean log-probability (feature 0); the rest is noise.
    g = torch.Generator().manual_seed(0)
    rows, outcomes = [], []
    for i in range(60):
        confident = i % 2 == 0
        noise = torch.rand(4, generator=g).tolist()
        rows.append([-0.1 if confident else -2.0, *noise])
        outcomes.append(confident)
    cal = fit(rows, outcomes, gate_shift=2.0)
    high = cal.probability([-0.1, 0.5, 0.5, 0.5, 0.5])
    low = cal.probability([-2.0, 0.5, 0.5, 0.5, 0.5])
    assert high > 0.9 and low < 0.1
    again = Calibration.from_dict(cal.to_dict())
    assert again.probability([-0.1] + [0.5] * 4) == high and again.gate_shift == 2.0
    few = fit(rows[:4], outcomes[:4])
    assert few.probability([-2.0] + [0.5] * 4) == pytest.approx(3 / 6)
    with pytest.raises(ValueError, match="features"):
        Calibration.from_dict({**cal.to_dict(), "features": ["q_logit"]})


def test_generate_given_plain_java_post_edits_the_rules_draft() -> None:
    # The contract's `model.generate(java_code)`: a post-editing model asks the rules
    # translator for the draft itself; an untrained copy head writes that draft.
    torch.manual_seed(0)
    config = HRMConfig.preset("test", copy_head=True, prompt="post_edit", **MARK_IDS)
    model = HierarchicalReasoningModel(config).eval()
    draft = rules_draft(request_for(JAVA, "", ""))
    assert "func" in draft
    assert model.generate(JAVA, max_length=300) == draft


def test_calibration_tries_no_gate_shift_past_its_deadline(tmp_path: Path) -> None:
    """The time budget covers the whole train command: a calibration whose deadline has come
    decides on the answers it has (the model as trained), and says which shifts it left."""
    config = HRMConfig.preset("test", copy_head=True, prompt="post_edit", **MARK_IDS)
    torch.manual_seed(0)
    path = tmp_path / "best.ckpt"
    HierarchicalReasoningModel(config, BYTES).save_checkpoint(path)
    draft = "func f() int {\n\treturn 1\n}\n"
    examples = [
        Example(
            f"{DRAFT_START}{draft}{DRAFT_END}", draft, 0, f"k{i}", draft=draft, rules_draft=draft
        )
        for i in range(3)
    ]
    lines: list[str] = []
    late = calibrate_checkpoint(
        path, examples, torch.device("cpu"), 3, lines.append, deadline=time.monotonic()
    )
    assert late.gate_shift == 0.0
    assert "(not tried, out of time: 2, 4)" in lines[-1]
    lines.clear()
    calibrate_checkpoint(path, examples, torch.device("cpu"), 3, lines.append)
    assert "not tried" not in lines[-1] and "4: " in lines[-1]
    # The fit is in the checkpoint the hrm backend loads.
    assert "calibration" in load_checkpoint(path).training_state


def test_calibration_leaves_out_pairs_the_model_cannot_hold(tmp_path: Path) -> None:
    """The hrm backend answers the draft of a method too long for the model's window without
    decoding: calibrating on the network's noise there would skew the confidence."""
    config = HRMConfig.preset(
        "test", copy_head=True, prompt="post_edit", max_seq_len=96, **MARK_IDS
    )
    torch.manual_seed(0)
    path = tmp_path / "best.ckpt"
    HierarchicalReasoningModel(config, BYTES).save_checkpoint(path)
    short, long = "func f() {}\n", "func g() {\n" + "\tx++\n" * 20 + "}\n"
    examples = [
        Example(f"{DRAFT_START}{d}{DRAFT_END}", d, 0, f"k{i}", draft=d, rules_draft=d)
        for i, d in enumerate((short, long, short))
    ]
    lines: list[str] = []
    calibrate_checkpoint(path, examples, torch.device("cpu"), 3, lines.append)
    assert lines[0] == "calibration: 1 val pairs do not fit the model's window"
    assert "calibration on 2 val pairs" in lines[-1]
