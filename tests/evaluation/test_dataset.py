"""The dataset benchmark on a temp store: held-out split, and scores that can be perfect
and can be not."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2j_lsp.backends.base import TokenCallback, TranslationRequest, TranslationResult
from l2j_lsp.backends.hrm import rules_draft
from l2j_lsp.backends.rules import RulesBackend
from l2j_lsp.evaluation.dataset_bench import evaluate_pairs, held_out_pairs, score
from l2j_lsp.evaluation.report import summarize_dataset
from l2j_lsp.training.post_edit import pair_request
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


def test_pair_request(store: DatasetStore, tmp_path: Path) -> None:
    pair = held_out_pairs(store)[0][0]
    request = pair_request(pair, tmp_path)
    assert (request.java, request.scope, request.name) == (pair.input, "class", pair.symbol)
    assert request.go_package == "main"


def test_split_all_scores_every_training_grade_pair(store: DatasetStore) -> None:
    pairs, note = held_out_pairs(store, "all")
    assert [p.id for p in pairs] == [p.id for p in store.pairs(TRAINING_STATUSES)]
    assert note == f"all {len(pairs)} pairs"


METHOD = """/** The hit points left. */
  public int getHp() {
    return _hp - _damage;
  }"""
SHOP = f"""package com.l2jserver.gameserver.model;

public class Shop {{
  private int _hp;
  private int _damage;

  {METHOD}
}}
"""


async def test_a_method_pair_without_a_scope_is_translated_as_a_method(tmp_path: Path) -> None:
    # Pairs imported from JSONL may carry no scope. Asked as a *file*, the rules translator
    # made `package main` of every method (chrF ~2 where the translator gives ~55).
    with DatasetStore(tmp_path / "d.sqlite") as store:
        store.add(METHOD, "func (s *Shop) Hp() int {\n\treturn s.hp - s.damage\n}\n", "accepted")
        pairs, _ = held_out_pairs(store, "all")
    request = pair_request(pairs[0], tmp_path)
    assert (request.scope, request.file_source) == ("method", "")
    (result,) = await evaluate_pairs(RulesBackend(), pairs, root=tmp_path)
    assert result.parsed and "func" in rules_draft(request)
    assert result.chrf > 25, result  # "package main" scored 2.6
    assert result.draft == score(rules_draft(request), pairs[0].output)


async def test_the_java_file_gives_the_request_its_context(tmp_path: Path) -> None:
    java = tmp_path / "src" / "Shop.java"
    java.parent.mkdir()
    java.write_text(SHOP)
    with DatasetStore(tmp_path / "d.sqlite") as store:
        store.add(METHOD, "func (s *Shop) Hp() int {}", "accepted", source_file="src/Shop.java")
        store.add(METHOD, "x", "accepted", source_file="../outside/Shop.java")
        inside, outside = store.pairs()
    request = pair_request(inside, tmp_path)
    assert request.file_source == SHOP and request.enclosing_type == "Shop"
    assert "field: private int _damage;" in request.context
    # A path that leaves the workspace is not read.
    assert pair_request(outside, tmp_path).file_source == ""


async def test_draft_scores_beside_the_backend(store: DatasetStore) -> None:
    pairs, _ = held_out_pairs(store, "all")
    results = await evaluate_pairs(Reference(store), pairs)
    summary = summarize_dataset("reference", results, 0.5)
    draft = summary.extra["draft"]
    # The rules draft of `class C1 { int f1() }` is a struct and a method, not `func F1`.
    assert draft["parse_rate"] == 1.0 and draft["exact_match"] == 0.0
    assert 0.0 < draft["chrf"] < 100.0
    assert summary.extra["chrf_over_draft"] == round(100.0 - draft["chrf"], 4)
    assert summary.extra["not_worse_than_draft"] == 1.0
    assert summary.extra["reliability"] is None  # the reference gives no confidence


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


class DraftOnBrokenGo(Reference):
    """A post-editor answering its draft as `hrm` does: where its own Go does not parse
    (with a confidence for that Go), and without decoding where a method is too long for it
    (every third pair here)."""

    async def translate(
        self, request: TranslationRequest, on_token: TokenCallback | None = None
    ) -> TranslationResult:
        draft = rules_draft(request)
        if int(request.java.split("f", 1)[1].split("(")[0]) % 3 == 0:
            return TranslationResult(go=draft, backend="hrm", draft=draft, fallback="too long")
        own = self._outputs[request.java].replace("return", "return (")
        return TranslationResult(
            go=draft, backend="hrm", confidence=0.9, draft=draft, fallback="no parse", rejected=own
        )


async def test_the_own_go_is_scored_beside_the_answered_draft(store: DatasetStore) -> None:
    pairs, _ = held_out_pairs(store, "all")
    summary = summarize_dataset("hrm", await evaluate_pairs(DraftOnBrokenGo(store), pairs), 0)
    # What the user got: the draft, which parses.
    assert summary.parse_rate == 1.0
    assert summary.extra["chrf"] == summary.extra["draft"]["chrf"]
    # What the network wrote: none of it parses, and that is reported.
    own = summary.extra["own"]
    long = [p for p in pairs if int(p.input.split("f", 1)[1].split("(")[0]) % 3 == 0]
    decoded = [p for p in pairs if p not in long]
    assert long and decoded
    assert own["answered_draft"] == len(pairs)
    assert (own["did_not_parse"], own["not_decoded"]) == (len(decoded), len(long))
    # The own Go's scores are over the pairs it wrote Go for, not diluted by the others.
    assert own["decoded"] == len(decoded)
    assert own["parse_rate"] == 0.0 and own["exact_match"] == 0.0
    assert own["chrf"] == round(
        sum(score(p.output.replace("return", "return ("), p.output).chrf for p in decoded)
        / len(decoded),
        4,
    )
    # The confidence was given for the own Go: the reliability judges that one.
    rel = summary.extra["reliability"]
    assert rel["answers"] == len(decoded)
    own_better = sum(
        score(p.output.replace("return", "return ("), p.output).chrf
        >= score(rules_draft(pair_request(p, Path.cwd())), p.output).chrf
        for p in decoded
    )
    assert rel["bins"][-1]["not_worse_than_draft"] == round(own_better / len(decoded), 4)
