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


def summarize_dataset(
    backend: str, results: Sequence[PairResult], wall: float, split: str = ""
) -> Summary:
    total = len(results)
    formatted = [r.gofmt_clean for r in results if r.translated]
    # None when gofmt was not found: a rate of 0 would read as "never clean".
    gofmt_rate = None if None in formatted else _rate(sum(map(bool, formatted)), total)
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
            "chrf": _mean([r.chrf for r in results]),
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
        rows.append(("held-out split", str(extra.get("split", ""))))
    rows.append(("seconds/task (translate)", f"{summary.seconds_per_task:.3f}"))
    if "test_seconds_per_task" in extra:
        rows.append(("seconds/task (go build)", f"{extra['compile_seconds_per_task']:.3f}"))
        rows.append(("seconds/task (go test)", f"{extra['test_seconds_per_task']:.3f}"))
    rows.append(("wall seconds", f"{extra.get('wall_seconds', 0.0):.1f}"))
    for name, value in rows:
        out.add_row(name, value)
    return out
