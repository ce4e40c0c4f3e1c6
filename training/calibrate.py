"""Held-out decodes, and the confidence calibration fitted on them after training.

A post-editing model's confidence must mean something: after a run, the best checkpoint
answers the validation pairs, each answer is compared with the reference and with the draft
it started from, and ``hrm.calibration`` fits the probability that the answer is at least as
good as the draft. The fit goes into the checkpoint (``training.calibration``), where the
``hrm`` backend finds it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

import torch

from l2j_lsp.evaluation.metrics import chrf
from l2j_lsp.hrm import SOURCE_CORRECTED, HierarchicalReasoningModel
from l2j_lsp.hrm.calibration import Calibration, features, fit
from l2j_lsp.hrm.checkpoint import load_checkpoint, save_checkpoint
from l2j_lsp.hrm.generate import Generation
from l2j_lsp.hrm.postedit import answer_limit, window_needed
from l2j_lsp.training.train_data import Example

# Decoding room beyond the reference's length: enough to see a model that does not stop.
EXTRA_TOKENS = 8
# Copy gate shifts tried on the val pairs: 0 is the model as trained, each +2 makes a
# departure from the draft e^2 (7.4x) less likely.
GATE_SHIFTS = (0.0, 2.0, 4.0)


@torch.no_grad()
def decode_examples(
    model: HierarchicalReasoningModel, examples: Sequence[Example], batch_size: int
) -> list[Generation]:
    """Greedy answers to the examples' prompts, ``batch_size`` at a time, in the "corrected
    by a person" style the hrm backend asks for."""
    tokenizer = model.tokenizer
    assert tokenizer is not None
    out: list[Generation] = []
    for i in range(0, len(examples), batch_size):
        chunk = examples[i : i + batch_size]
        longest = max(len(tokenizer.encode(e.go)) for e in chunk) + EXTRA_TOKENS
        if model.config.prompt == "post_edit":
            # As much room as the hrm backend gives: a copied draft is not cut short.
            longest = answer_limit(max(len(tokenizer.encode(e.draft)) for e in chunk), longest)
        out.extend(
            model.generate_batch(
                [e.java for e in chunk], max_length=longest, source_id=SOURCE_CORRECTED
            )
        )
    return out


def fits_window(model: HierarchicalReasoningModel, example: Example) -> bool:
    """The example's prompt and an answer as long as its draft fit the positions the model
    was trained on (always, for a model that is not post-editing)."""
    if model.config.prompt != "post_edit":
        return True
    assert model.tokenizer is not None
    encode = model.tokenizer.encode
    return window_needed(len(encode(example.java)), len(encode(example.draft))) <= (
        model.config.max_seq_len
    )


def not_worse(answer: str, example: Example) -> bool:
    """The calibration's outcome: the answer is at least as close to the reference (chrF)
    as the draft."""
    return chrf(answer, example.go) >= chrf(example.draft, example.go)


def calibrate_checkpoint(
    path: Path,
    examples: Sequence[Example],
    device: torch.device,
    batch_size: int,
    log: Callable[[str], None],
    gens: Sequence[Generation] | None = None,
    deadline: float | None = None,
    decode_seconds: float = 0.0,
) -> Calibration:
    """Choose the copy gate shift and fit the confidence calibration on the checkpoint's
    answers to ``examples``, and write both into the checkpoint (atomically, everything else
    unchanged). ``gens``: the answers with no shift, when the caller has them from these
    weights. ``deadline`` (``time.monotonic()``): no shift is tried whose decoding, at the
    pace of the last one (``decode_seconds`` before the first), would end after it; the
    shifts tried so far decide (a time budget covers the whole run, calibration included).

    The shift is the one of ``GATE_SHIFTS`` whose answers score the best mean chrF: a model
    whose rewrites do not hold on pairs it has not seen stays closer to the draft."""
    model = HierarchicalReasoningModel.load_from_checkpoint(path, str(device))
    fit_in = [i for i, e in enumerate(examples) if fits_window(model, e)]
    if len(fit_in) < len(examples):
        # The hrm backend answers their drafts without asking the network.
        log(f"calibration: {len(examples) - len(fit_in)} val pairs do not fit the model's window")
        examples = [examples[i] for i in fit_in]
        gens = None if gens is None else [gens[i] for i in fit_in]
    answers: dict[float, Sequence[Generation]] = {}
    scores: dict[float, float] = {}
    shifts: tuple[float, ...] = GATE_SHIFTS if model.copy is not None else (0.0,)
    skipped: list[float] = []
    for shift in shifts:
        if shift == 0.0 and gens is not None:
            answers[shift] = gens
        elif answers and deadline is not None and time.monotonic() + decode_seconds > deadline:
            skipped.append(shift)
            continue
        else:
            if model.copy is not None:
                model.copy.gate_shift = shift
            began = time.monotonic()
            answers[shift] = decode_examples(model, examples, batch_size)
            decode_seconds = time.monotonic() - began
        scores[shift] = val_scores(answers[shift], examples)["chrf"]
    shifts = tuple(answers)
    best = max(shifts, key=lambda shift: (scores[shift], -shift))
    chosen = answers[best]
    rows = [features(g, e.draft) for g, e in zip(chosen, examples, strict=True)]
    outcomes = [not_worse(g.text, e) for g, e in zip(chosen, examples, strict=True)]
    calibration = fit(rows, outcomes, best)
    ckpt = load_checkpoint(path)
    training = dict(ckpt.training_state)
    training["calibration"] = calibration.to_dict()
    save_checkpoint(
        path,
        config=ckpt.config.to_dict(),
        tokenizer_json=ckpt.tokenizer.to_json(),
        model_state=ckpt.model_state,
        ema_state=ckpt.ema_state,
        optimizer_state=ckpt.optimizer_state,
        training_state=training,
    )
    by_shift = ", ".join(f"{shift:g}: {scores[shift]:.1f}" for shift in shifts)
    draft = sum(chrf(e.draft, e.go) for e in examples) / max(1, len(examples))
    late = ", ".join(f"{x:g}" for x in skipped)
    untried = f" (not tried, out of time: {late})" if skipped else ""
    log(
        f"calibration on {len(examples)} val pairs: chrF by copy gate shift {by_shift}{untried} "
        f"(draft {draft:.1f}), using {best:g}; {sum(outcomes)} answers at least as good as "
        f"their draft; written to {path}"
    )
    return calibration


def val_scores(gens: Sequence[Generation], examples: Sequence[Example]) -> dict[str, float]:
    """Mean chrF of the answers, of the drafts (with the learned edits) and of the rules
    drafts, and the share not worse than the draft."""
    n = max(1, len(examples))
    pairs = list(zip(gens, examples, strict=True))
    return {
        "chrf": sum(chrf(g.text, e.go) for g, e in pairs) / n,
        "draft_chrf": sum(chrf(e.draft, e.go) for _, e in pairs) / n,
        "rules_draft_chrf": sum(chrf(e.rules_draft, e.go) for _, e in pairs) / n,
        "not_worse_than_draft": sum(not_worse(g.text, e) for g, e in pairs) / n,
    }
