"""The dataset benchmark on a temp store: held-out split, and scores that can be perfect
and can be not."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2j_lsp.backends.base import TokenCallback, TranslationRequest, TranslationResult
from l2j_lsp.evaluation.dataset_bench import evaluate_pairs, held_out_pairs, pair_request
from l2j_lsp.evaluation.report import summarize_dataset
from l2j_lsp.training.store import TRAINING_STATUSES, DatasetStore
from l2j_lsp.training.train_data import Example, split

PAIRS = 40


def java(i: int) -> str:
    return f"public class C{i} {{\n    public int f{i}() {{\n        return {i};\n    }}\n}}\n"


def go(i: int) -> str:
    return f"func F{i}() int {{\n\treturn {i}\n}}\n"


@pytest.fixture
def store(tmp_path: Path) -> DatasetStore:
    store = DatasetStore(tmp_path / "dataset.sqlite")
    for i in range(1, PAIRS + 1):
        # Every fourth pair is only a suggestion: not ground truth, never scored.
        status = "suggested" if i % 4 == 0 else "synthetic"
        store.add(java(i), go(i), status, source_file=f"C{i}.java", symbol=f"C{i}", scope="class")
    return store


class Reference:
    """Answers with the stored Go, reshaped by ``shape``."""

    name = "reference"

    def __init__(self, store: DatasetStore, shape: str = "same") -> None:
        self._outputs = {p.input: p.output for p in store.pairs()}
        self._shape = shape

    @property
    def model_id(self) -> str:
        return "reference"

    async def translate(
        self, request: TranslationRequest, on_token: TokenCallback | None = None
    ) -> TranslationResult:
        out = self._outputs[request.java]
        if self._shape == "unindented":  # same tokens, not gofmt's layout
            out = out.replace("\t", "")
        elif self._shape == "broken":
            out = out.replace("return", "return (")
        return TranslationResult(go=out, backend=self.name)

    async def aclose(self) -> None:
        return None


def test_held_out_pairs_are_trainings_validation_pairs(store: DatasetStore) -> None:
    held, note = held_out_pairs(store)
    assert held, "the fixture must hold at least one held-out pair"
    assert all(p.status == "synthetic" for p in held)  # suggestions are never scored
    grade = store.pairs(TRAINING_STATUSES)
    examples = [Example(p.input, p.output, 0, f"pair:{p.id}") for p in grade]
    _, val, _ = split(examples, 0.1)
    assert [f"pair:{p.id}" for p in held] == [e.key for e in val]
    assert len(held) < len(grade) and "val" in note


def test_a_small_dataset_is_scored_whole_as_training_validates_on_it(tmp_path: Path) -> None:
    with DatasetStore(tmp_path / "small.sqlite") as small:
        for i in range(1, 4):
            small.add(java(i), go(i), "accepted")
        held, note = held_out_pairs(small)
    assert [p.id for p in held] == [1, 2, 3]
    assert "validating on the training pairs" in note


def test_pair_request(store: DatasetStore) -> None:
    pair = held_out_pairs(store)[0][0]
    request = pair_request(pair)
    assert (request.java, request.scope, request.name) == (pair.input, "class", pair.symbol)
    assert request.go_package == "main"


async def test_reference_backend_scores_perfectly(store: DatasetStore) -> None:
    pairs, _ = held_out_pairs(store)
    results = await evaluate_pairs(Reference(store), pairs, jobs=2)
    summary = summarize_dataset("reference", results, 0.5)
    assert summary.tasks == len(pairs)
    assert summary.parse_rate == 1.0
    assert summary.extra["exact_match"] == 1.0
    assert summary.extra["chrf"] == 100.0
    assert summary.extra["gofmt_clean_rate"] == 1.0
    assert (summary.compiled, summary.passed, summary.pass_at_1) == (None, None, None)


async def test_layout_and_breakage_are_told_apart(store: DatasetStore) -> None:
    pairs, _ = held_out_pairs(store)
    flat = summarize_dataset("x", await evaluate_pairs(Reference(store, "unindented"), pairs), 0)
    assert flat.extra["exact_match"] == 1.0  # whitespace-normalised
    assert flat.extra["gofmt_clean_rate"] == 0.0
    bad = summarize_dataset("x", await evaluate_pairs(Reference(store, "broken"), pairs), 0)
    assert bad.parse_rate == 0.0 and bad.extra["exact_match"] == 0.0
    assert 0.0 < bad.extra["chrf"] < 100.0
