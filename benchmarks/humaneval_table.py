"""``make eval-humaneval``: HumanEval-X Java -> Go with the rules backend, all 164 tasks,
in-process through the same functions as ``l2j-lsp eval``; writes
docs/benchmarks/humaneval.md (with the failed tasks) and prints it."""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import time

from benchmarks.table import write_table
from l2j_lsp.evaluation.cli import make_backend
from l2j_lsp.evaluation.gotest import find_go
from l2j_lsp.evaluation.humaneval import TaskResult, evaluate, load_tasks
from l2j_lsp.evaluation.report import Summary, summarize_humaneval

COMPILE_TARGET = 0.90
PASS_TARGET = 0.40
# CodeGeeX paper, Java -> Go translation, pass@1 (from evaluation/data/humaneval-x).
PUBLISHED = (
    ("CodeGen-Multi-16B", 34.00),
    ("InCoder-6.7B", 21.58),
    ("CodeGeeX-13B-FT", 18.85),
    ("CodeGeeX-13B", 17.17),
)


def go_version() -> str:
    go = find_go()
    if go is None:
        return "no go"
    env = {**os.environ, "GOTOOLCHAIN": "local"}
    return subprocess.run(
        [go, "env", "GOVERSION"], capture_output=True, text=True, env=env, check=False
    ).stdout.strip()


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def first_problem(result: TaskResult) -> str:
    """The first lines of the Go output that say what went wrong (a compiler error, or a
    failed assertion with its expected and actual values), shortened for a table cell."""
    lines = [ln.strip() for ln in result.message.splitlines() if ln.strip()]
    useful = [ln for ln in lines if not ln.startswith(("#", "---"))] or lines or ["-"]
    return _cell(" / ".join(useful[:3]))[:200]


def rows(summary: Summary) -> list[list[str]]:
    extra = summary.extra
    compile_rate = float(extra["compile_rate"])
    pass_rate = summary.pass_at_1 or 0.0

    def target(rate: float, goal: float) -> str:
        return f">= {100 * goal:.0f}%: {'met' if rate >= goal else 'NOT met'}"

    return [
        ["tasks", str(summary.tasks), ""],
        ["parse rate", f"{100 * summary.parse_rate:.1f}%", ""],
        [
            "compiled",
            f"{summary.compiled} ({100 * compile_rate:.1f}%)",
            target(compile_rate, COMPILE_TARGET),
        ],
        [
            "passed (pass@1)",
            f"{summary.passed} ({100 * pass_rate:.1f}%)",
            target(pass_rate, PASS_TARGET),
        ],
        ["seconds/task, translate", f"{summary.seconds_per_task:.4f}", ""],
        ["seconds/task, go build", f"{extra['compile_seconds_per_task']:.3f}", ""],
        ["seconds/task, go test run", f"{extra['test_seconds_per_task']:.3f}", ""],
        ["wall seconds, all tasks", f"{extra['wall_seconds']:.1f}", ""],
    ]


def notes(summary: Summary, results: list[TaskResult], jobs: int) -> str:
    lines = [
        f"Backend `{summary.backend}`, {go_version()}, `--jobs {jobs}`. Each answer is built and "
        "run with its task's Go test (`go test`, offline); docs/evaluation.md has the harness "
        "rules.",
        "",
        "Published Java -> Go pass@1 on the same 164 tasks (CodeGeeX paper, translation table; "
        "models that write the function body):",
        "",
        "| model | pass@1 |",
        "| --- | --- |",
        *(f"| {name} | {score:.2f}% |" for name, score in PUBLISHED),
        f"| l2j-lsp `{summary.backend}` (this run) | {100 * (summary.pass_at_1 or 0.0):.2f}% |",
    ]
    failed = [r for r in results if not r.passed]
    if failed:
        lines += [
            "",
            "Failed tasks:",
            "",
            "| task | failed at | first problem |",
            "| --- | --- | --- |",
            *(f"| {r.task_id} | {r.failure} | {first_problem(r)} |" for r in failed),
        ]
    return "\n".join(lines)


async def measure(
    backend_name: str, jobs: int, limit: int | None
) -> tuple[Summary, list[TaskResult]]:
    backend = make_backend(backend_name)
    tasks = load_tasks(limit=limit)
    started = time.monotonic()
    try:
        results = await evaluate(backend, tasks, jobs)
    finally:
        await backend.aclose()
    return summarize_humaneval(backend_name, results, time.monotonic() - started), results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", default="rules")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    summary, results = asyncio.run(measure(args.backend, args.jobs, args.limit))
    write_table(
        "humaneval",
        f"HumanEval-X, Java -> Go: the `{args.backend}` backend",
        ["measure", "value", "target"],
        rows(summary),
        notes(summary, results, args.jobs),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
