"""One summary per run: the contract's ``eval --json`` object, and the same as a table.

Rates are fractions in 0..1 (the table shows percentages). ``seconds_per_task`` is the
backend's mean translation time, the speed a user feels; the Go build and test times are
extra keys. The dataset benchmark runs no tests, so its ``compiled``, ``passed`` and
``pass_at_1`` are null.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.table import Table

from l2j_lsp.evaluation.dataset_bench import PairResult
from l2j_lsp.evaluation.humaneval import TaskResult

FAILURE_STAGES = ("translate", "compile", "timeout", "test")


@dataclass(frozen=True)
class Summary:
    backend: str
    benchmark: str
    tasks: int
    compiled: int | None
    passed: int | None
    pass_at_1: float | None
    parse_rate: float
    seconds_per_task: float
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "backend": self.backend,
            "benchmark": self.benchmark,
            "tasks": self.tasks,
            "compiled": self.compiled,
            "passed": self.passed,
            "pass_at_1": self.pass_at_1,
            "parse_rate": self.parse_rate,
            "seconds_per_task": self.seconds_per_task,
            **self.extra,
        }


def _rate(count: int, total: int) -> float:
    return round(count / total, 4) if total else 0.0


def _mean(values: Sequence[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def summarize_humaneval(backend: str, results: Sequence[TaskResult], wall: float) -> Summary:
    total = len(results)
    compiled = sum(r.compiled for r in results)
    passed = sum(r.passed for r in results)
    failures = Counter(r.failure for r in results if not r.passed)
    return Summary(
        backend=backend,
        benchmark="humaneval-x",
        tasks=total,
        compiled=compiled,
        passed=passed,
        pass_at_1=_rate(passed, total),
        parse_rate=_rate(sum(r.parsed for r in results), total),
        seconds_per_task=_mean([r.translate_seconds for r in results]),
        extra={
            "translated": sum(r.translated for r in results),
            "compile_rate": _rate(compiled, total),
            "compile_seconds_per_task": _mean([r.compile_seconds for r in results]),
            "test_seconds_per_task": _mean([r.test_seconds for r in results]),
            "wall_seconds": round(wall, 2),
            "failures": {stage: failures.get(stage, 0) for stage in FAILURE_STAGES},
        },
    )


# Confidence bins of the reliability table: [0, 0.2), [0.2, 0.4), ... [0.8, 1.0].
RELIABILITY_BINS = 5


def reliability(results: Sequence[PairResult]) -> dict[str, Any] | None:
    """Confidence against what it claims (the answer is at least as good as the draft), per
    bin: the answers, their mean confidence and how many were; with the expected calibration
    error (the bins' |confidence - rate| weighted by size) and the Brier score. None when the
    backend gave no confidence."""
    rated = [r for r in results if r.confidence is not None]
    if not rated:
        return None
    bins: list[dict[str, Any]] = []
    ece = 0.0
    for k in range(RELIABILITY_BINS):
        lo, hi = k / RELIABILITY_BINS, (k + 1) / RELIABILITY_BINS
        members = [
            r
            for r in rated
            if r.confidence is not None
            and lo <= r.confidence < hi + (1e-9 if k == RELIABILITY_BINS - 1 else 0)
        ]
        if not members:
            continue
        mean_conf = sum(r.confidence or 0.0 for r in members) / len(members)
        rate = sum(r.own_not_worse_than_draft for r in members) / len(members)
        ece += len(members) / len(rated) * abs(mean_conf - rate)
        bins.append(
            {
                "range": [lo, hi],
                "answers": len(members),
                "mean_confidence": round(mean_conf, 4),
                "not_worse_than_draft": round(rate, 4),
                "exact": round(sum(r.exact for r in members) / len(members), 4),
            }
        )
    brier = sum(((r.confidence or 0.0) - r.own_not_worse_than_draft) ** 2 for r in rated) / len(
        rated
    )
    return {
        "claim": "the answer's chrF is at least the rules draft's",
        "answers": len(rated),
        "ece": round(ece, 4),
        "brier": round(brier, 4),
        "bins": bins,
    }


def own_summary(results: Sequence[PairResult]) -> dict[str, Any]:
    """What the backend wrote itself, beside what the user got: where it answered its draft
    (the HRM's Go that did not parse, a method too long for it), how often and why, and the
    scores of its own Go over the pairs it wrote one for."""
    own = [s for s in (r.own_scores for r in results) if s is not None]
    return {
        "answered_draft": sum(bool(r.fallback) for r in results),
        "did_not_parse": sum(r.own is not None for r in results),
        "not_decoded": len(results) - len(own),
        "decoded": len(own),
        "parse_rate": _rate(sum(s.parsed for s in own), len(own)),
        "exact_match": _rate(sum(s.exact for s in own), len(own)),
        "chrf": _mean([s.chrf for s in own]),
    }


def summarize_dataset(
    backend: str, results: Sequence[PairResult], wall: float, split: str = ""
) -> Summary:
    total = len(results)
    formatted = [r.gofmt_clean for r in results if r.translated]
    # None when gofmt was not found: a rate of 0 would read as "never clean".
    gofmt_rate = None if None in formatted else _rate(sum(map(bool, formatted)), total)
    chrf = _mean([r.chrf for r in results])
    draft_chrf = _mean([r.draft.chrf for r in results])
    return Summary(
        backend=backend,
        benchmark="dataset",
        tasks=total,
        compiled=None,
        passed=None,
        pass_at_1=None,
        parse_rate=_rate(sum(r.parsed for r in results), total),
        seconds_per_task=_mean([r.seconds for r in results]),
        extra={
            "translated": sum(r.translated for r in results),
            "gofmt_clean_rate": gofmt_rate,
            "exact_match": _rate(sum(r.exact for r in results), total),
            "chrf": chrf,
            "draft": {
                "parse_rate": _rate(sum(r.draft.parsed for r in results), total),
                "exact_match": _rate(sum(r.draft.exact for r in results), total),
                "chrf": draft_chrf,
            },
            "chrf_over_draft": round(chrf - draft_chrf, 4),
            "own": own_summary(results),
            "not_worse_than_draft": _rate(sum(r.not_worse_than_draft for r in results), total),
            "reliability": reliability(results),
            "wall_seconds": round(wall, 2),
            "split": split,
        },
    )


def _percent(rate: float | None) -> str:
    return "-" if rate is None else f"{100 * rate:.1f}%"


def table(summary: Summary) -> Table:
    """The summary as rows of (measure, value)."""
    out = Table(title=f"{summary.benchmark}: {summary.backend}")
    out.add_column("measure")
    out.add_column("value", justify="right")
    extra = summary.extra
    rows: list[tuple[str, str]] = [
        ("tasks", str(summary.tasks)),
        ("translated", str(extra.get("translated", "-"))),
        ("parse rate", _percent(summary.parse_rate)),
    ]
    if summary.compiled is not None:
        rows.append(("compiled", f"{summary.compiled} ({_percent(extra.get('compile_rate'))})"))
    if summary.passed is not None:
        rows.append(("passed", str(summary.passed)))
        rows.append(("pass@1", _percent(summary.pass_at_1)))
    if "failures" in extra:
        failures = ", ".join(f"{k} {v}" for k, v in extra["failures"].items())
        rows.append(("failed at", failures))
    if "exact_match" in extra:
        rows.append(("gofmt-clean", _percent(extra["gofmt_clean_rate"])))
        rows.append(("exact match", _percent(extra["exact_match"])))
        rows.append(("chrF", f"{extra['chrf']:.1f}"))
        draft = extra["draft"]
        rows.append(("rules draft: parse rate", _percent(draft["parse_rate"])))
        rows.append(("rules draft: exact match", _percent(draft["exact_match"])))
        rows.append(("rules draft: chrF", f"{draft['chrf']:.1f}"))
        rows.append(("chrF over the draft", f"{extra['chrf_over_draft']:+.1f}"))
        own = extra["own"]
        if own["answered_draft"]:
            rows.append(
                (
                    "answered the draft",
                    f"{own['answered_draft']} ({own['did_not_parse']} own Go did not parse, "
                    f"{own['not_decoded']} too long to decode)",
                )
            )
            decoded = f"own Go ({own['decoded']} decoded)"
            rows.append((f"{decoded}: parse rate", _percent(own["parse_rate"])))
            rows.append((f"{decoded}: chrF", f"{own['chrf']:.1f}"))
        rows.append(("at least as good as the draft", _percent(extra["not_worse_than_draft"])))
        if extra["reliability"] is not None:
            rel = extra["reliability"]
            rows.append(("confidence: ECE, Brier", f"{rel['ece']:.3f}, {rel['brier']:.3f}"))
            for b in rel["bins"]:
                lo, hi = b["range"]
                rows.append(
                    (
                        f"confidence {lo:.1f}-{hi:.1f}",
                        f"{b['answers']} answers, mean {b['mean_confidence']:.2f}, "
                        f"{_percent(b['not_worse_than_draft'])} not worse than the draft",
                    )
                )
        rows.append(("split", str(extra.get("split", ""))))
    rows.append(("seconds/task (translate)", f"{summary.seconds_per_task:.3f}"))
    if "test_seconds_per_task" in extra:
        rows.append(("seconds/task (go build)", f"{extra['compile_seconds_per_task']:.3f}"))
        rows.append(("seconds/task (go test)", f"{extra['test_seconds_per_task']:.3f}"))
    rows.append(("wall seconds", f"{extra.get('wall_seconds', 0.0):.1f}"))
    for name, value in rows:
        out.add_row(name, value)
    return out
