"""Score a backend on the dataset's pairs: does its Go parse, is it gofmt-clean, is it the
reference (whitespace aside), and how close (chrF); beside it, the same scores of the
``rules`` draft for the same pairs (the draft as the answer), so a post-editing model is
measured against what it started from.

``val`` (the default) scores the pairs training validates on, by training's own split
(``training.train_data.split`` with its default ``val_fraction`` of 0.1, pairs keyed by id):
about a tenth of the training-grade pairs, stable as pairs are added. Under 10 pairs training
validates on all of them, and so does this benchmark. ``all`` scores every training-grade
pair (a store of held-out pairs). The summary's ``split`` says which.

Each pair is asked as the editor asked it (``training.post_edit.pair_request``): its scope
(inferred from the Java when the store has none), and the Java file and its context when the
workspace (the current folder) still holds the file.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from l2j_lsp.backends.base import Backend
from l2j_lsp.backends.hrm import rules_draft
from l2j_lsp.evaluation.metrics import chrf, exact_match
from l2j_lsp.evaluation.runner import ask, run_all
from l2j_lsp.migration.validate import GoValidationError, go_syntax_error, gofmt, has_package_clause
from l2j_lsp.training.post_edit import pair_request
from l2j_lsp.training.store import TRAINING_STATUSES, DatasetStore, Pair

# training.train_config.TrainConfig's default.
VAL_FRACTION = 0.1
SPLITS = ("val", "all")


def held_out_pairs(store: DatasetStore, which: str = "val") -> tuple[list[Pair], str]:
    """The pairs to score and a note on the split: training's validation pairs (``val``)
    or every training-grade pair (``all``)."""
    # Imported here: training's data module loads torch, which a HumanEval-X run never needs.
    from l2j_lsp.training.train_data import Example, source_id_of, split

    pairs = store.pairs(TRAINING_STATUSES)
    if which == "all":
        return pairs, f"all {len(pairs)} pairs"
    # Keyed as training.train_data.load_snapshot keys store pairs, so the sides agree.
    examples = [Example(p.input, p.output, source_id_of(p), f"pair:{p.id}", p.scope) for p in pairs]
    _, val, note = split(examples, VAL_FRACTION)
    keys = {e.key for e in val}
    return [p for p in pairs if f"pair:{p.id}" in keys], note


def gofmt_clean(go: str) -> bool | None:
    """True when gofmt leaves the Go as it is; None when there is no gofmt to ask."""
    text = go if has_package_clause(go) else f"package p\n\n{go}"
    try:
        formatted = gofmt(text)
    except GoValidationError:
        return False
    if not formatted.gofmt_used:
        return None
    return formatted.text.strip() == text.strip()


@dataclass(frozen=True)
class Scores:
    parsed: bool = False
    exact: bool = False
    chrf: float = 0.0


def score(go: str, reference: str) -> Scores:
    return Scores(go_syntax_error(go) is None, exact_match(go, reference), chrf(go, reference))


@dataclass(frozen=True)
class PairResult:
    pair_id: int
    translated: bool = False
    parsed: bool = False
    gofmt_clean: bool | None = False
    exact: bool = False
    chrf: float = 0.0
    seconds: float = 0.0
    message: str = ""
    # The rules draft for the same request, scored the same way.
    draft: Scores = Scores()
    # The backend's confidence (the HRM's calibrated probability that its answer is at
    # least as good as the draft); None where it has none.
    confidence: float | None = None
    # Why the backend answered its draft instead of its own Go ("" where it is its own), and
    # the scores of that Go where it wrote one (the HRM's Go that did not parse).
    fallback: str = ""
    own: Scores | None = None

    @property
    def not_worse_than_draft(self) -> bool:
        return self.translated and self.chrf >= self.draft.chrf

    @property
    def own_scores(self) -> Scores | None:
        """The backend's own Go's scores, whether or not it answered it; None where it
        wrote none (it answered its draft without decoding)."""
        if self.fallback:
            return self.own
        return Scores(self.parsed, self.exact, self.chrf)

    @property
    def own_not_worse_than_draft(self) -> bool:
        """What the confidence claims, of the answer the confidence was given for."""
        own = self.own_scores
        return self.translated and own is not None and own.chrf >= self.draft.chrf


async def evaluate_pairs(
    backend: Backend,
    pairs: Sequence[Pair],
    jobs: int = 4,
    on_result: Callable[[PairResult], None] | None = None,
    root: Path | None = None,
) -> list[PairResult]:
    """Translate each pair's Java and compare with its Go, ``jobs`` at a time, beside the
    rules draft's scores; results in pair order. ``root``: the workspace the pairs' Java
    files are read from (the current folder by default). Only a user-fixable backend error
    stops the run (and is raised)."""
    slots = asyncio.Semaphore(max(1, jobs))
    workspace = root or Path.cwd()

    async def attempt(pair: Pair) -> PairResult:
        request = pair_request(pair, workspace)
        draft = await asyncio.to_thread(rules_draft, request)
        draft_scores = score(draft, pair.output) if draft else Scores()
        answer = await ask(backend, request, slots)
        if answer.go is None:
            return PairResult(
                pair.id, seconds=answer.seconds, message=answer.message, draft=draft_scores
            )
        syntax = go_syntax_error(answer.go)
        # gofmt is a subprocess: keep it off the event loop.
        clean = await asyncio.to_thread(gofmt_clean, answer.go) if syntax is None else False
        return PairResult(
            pair.id,
            translated=True,
            parsed=syntax is None,
            gofmt_clean=clean,
            exact=exact_match(answer.go, pair.output),
            chrf=chrf(answer.go, pair.output),
            seconds=answer.seconds,
            message=syntax or "",
            draft=draft_scores,
            confidence=answer.confidence,
            fallback=answer.fallback,
            own=score(answer.rejected, pair.output) if answer.rejected else None,
        )

    return await run_all(pairs, attempt, on_result)
