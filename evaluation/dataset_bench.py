"""Score a backend on the dataset's held-out pairs: does its Go parse, is it gofmt-clean, is
it the reference (whitespace aside), and how close (chrF).

Held out: the pairs training validates on, by training's own split
(``training.train_data.split`` with its default ``val_fraction`` of 0.1, pairs keyed by id):
about a tenth of the training-grade pairs, stable as pairs are added. Under 10 pairs training
validates on all of them, and so does this benchmark; the summary's ``split`` says which.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from l2j_lsp.backends.base import Backend, ScopeKind, TranslationRequest
from l2j_lsp.evaluation.metrics import chrf, exact_match
from l2j_lsp.evaluation.runner import ask, run_all
from l2j_lsp.migration.validate import GoValidationError, go_syntax_error, gofmt, has_package_clause
from l2j_lsp.training.store import TRAINING_STATUSES, DatasetStore, Pair

# training.train_config.TrainConfig's default.
VAL_FRACTION = 0.1
_SCOPES: dict[str, ScopeKind] = {"method": "method", "class": "class", "file": "file"}


def held_out_pairs(store: DatasetStore) -> tuple[list[Pair], str]:
    """The validation pairs of training's split, and training's note on the split."""
    # Imported here: training's data module loads torch, which a HumanEval-X run never needs.
    from l2j_lsp.training.train_data import Example, source_id_of, split

    pairs = store.pairs(TRAINING_STATUSES)
    # Keyed as training.train_data.load_snapshot keys store pairs, so the sides agree.
    examples = [Example(p.input, p.output, source_id_of(p), f"pair:{p.id}", p.scope) for p in pairs]
    _, val, note = split(examples, VAL_FRACTION)
    keys = {e.key for e in val}
    return [p for p in pairs if f"pair:{p.id}" in keys], note


def pair_request(pair: Pair) -> TranslationRequest:
    scope = _SCOPES.get(pair.scope, "file")
    # The Go package is the target file's folder, as the migration maps it.
    package = PurePath(pair.go_file).parent.name if pair.go_file else ""
    return TranslationRequest(
        java=pair.input,
        scope=scope,
        name=pair.symbol or PurePath(pair.source_file).stem,
        go_package=package or "main",
        source_file=pair.source_file,
        kind="file" if scope == "file" else "",
        file_source=pair.input if scope == "file" else "",
    )


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
class PairResult:
    pair_id: int
    translated: bool = False
    parsed: bool = False
    gofmt_clean: bool | None = False
    exact: bool = False
    chrf: float = 0.0
    seconds: float = 0.0
    message: str = ""


async def evaluate_pairs(
    backend: Backend,
    pairs: Sequence[Pair],
    jobs: int = 4,
    on_result: Callable[[PairResult], None] | None = None,
) -> list[PairResult]:
    """Translate each pair's Java and compare with its Go, ``jobs`` at a time; results in
    pair order. Only a user-fixable backend error stops the run (and is raised)."""
    slots = asyncio.Semaphore(max(1, jobs))

    async def attempt(pair: Pair) -> PairResult:
        answer = await ask(backend, pair_request(pair), slots)
        if answer.go is None:
            return PairResult(pair.id, seconds=answer.seconds, message=answer.message)
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
        )

    return await run_all(pairs, attempt, on_result)
