"""The whole-program port keeps Java's semantics: every program under ``programs/`` runs on
the JVM and as Go (``l2j-lsp migrate``, ``go build``, run), and prints the same bytes on
stdout, exits with the same code and names the same uncaught exception on stderr's first
line. docs/differential.md lists the programs and what each covers.

The JVM side (compile all programs in one JVM, run each, run each again with constant
identity hash codes) runs in ``make test``. The Go side is marked ``port``: ``make
test-port`` runs it, and it joins ``make test`` once the translator passes it.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from l2j_lsp.evaluation.differential import (
    CONSTANT_IDENTITY_HASH,
    GoSide,
    GoTools,
    Program,
    Run,
    compile_java,
    discover,
    in_parallel,
    port,
    report,
    run_java,
)

PROGRAMS = discover(Path(__file__).parent / "programs")
JOBS = min(4, os.cpu_count() or 2)
# The programs that end other than with exit 0, and how: everything else must exit 0.
EXPECTED_EXIT = {"system_exit": 3, "uncaught_exception": 1, "uncaught_custom": 1}
GO_TEST = "test_go_port_matches_jvm"


def _selected(request: pytest.FixtureRequest, test_name: str) -> list[Program]:
    """The programs whose ``test_name`` case is selected in this session (``-k``)."""
    names = {
        item.callspec.params["program"].name
        for item in request.session.items
        if getattr(item, "originalname", None) == test_name and hasattr(item, "callspec")
    }
    return [p for p in PROGRAMS if p.name in names]


class Jvm:
    """The programs compiled once; JVM runs made on demand, in parallel, and kept."""

    def __init__(self, classes: Path) -> None:
        self.classes = classes
        self.runs: dict[str, Run] = {}

    def run_all(self, programs: list[Program]) -> None:
        missing = [p for p in programs if p.name not in self.runs]
        for program, run in zip(
            missing, in_parallel(lambda p: run_java(p, self.classes), missing, JOBS), strict=True
        ):
            self.runs[program.name] = run


@pytest.fixture(scope="session")
def jvm(tmp_path_factory: pytest.TempPathFactory) -> Jvm:
    classes = tmp_path_factory.mktemp("classes")
    failed = compile_java(PROGRAMS, classes)
    assert not failed, "\n\n".join(f"{name}:\n{log}" for name, log in failed.items())
    return Jvm(classes)


def test_every_program_has_one_main_class_and_a_distinct_name() -> None:
    assert len(PROGRAMS) >= 70
    assert len({p.name for p in PROGRAMS}) == len(PROGRAMS)
    assert set(EXPECTED_EXIT) <= {p.name for p in PROGRAMS}


def test_the_docs_table_lists_every_program() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "differential.md").read_text()
    listed = set(re.findall(r"^\| `(\w+)` \|", docs, re.MULTILINE))
    assert listed == {p.name for p in PROGRAMS}


def test_jvm_runs_end_as_intended(jvm: Jvm) -> None:
    jvm.run_all(PROGRAMS)
    wrong = [
        f"{p.name}: exit {jvm.runs[p.name].exit_code} (wanted {EXPECTED_EXIT.get(p.name, 0)}): "
        f"{jvm.runs[p.name].first_stderr_line}"
        for p in PROGRAMS
        if jvm.runs[p.name].exit_code != EXPECTED_EXIT.get(p.name, 0)
    ]
    assert not wrong, "\n".join(wrong)
    silent = [p.name for p in PROGRAMS if not jvm.runs[p.name].stdout.strip()]
    assert not silent, f"programs that print nothing: {silent}"


def test_jvm_output_is_deterministic(jvm: Jvm) -> None:
    """A second run, with every identity hash code equal, prints the same: no program
    depends on thread timing or on identity hashes (which the Go port cannot reproduce)."""
    jvm.run_all(PROGRAMS)
    again = in_parallel(
        lambda p: run_java(p, jvm.classes, flags=CONSTANT_IDENTITY_HASH), PROGRAMS, JOBS
    )
    differ = []
    for program, second in zip(PROGRAMS, again, strict=True):
        first = jvm.runs[program.name]
        key = (first.stdout, first.exit_code, first.first_stderr_line)
        if key != (second.stdout, second.exit_code, second.first_stderr_line):
            differ.append(program.name)
    assert not differ, f"output changed between two JVM runs: {differ}"


@pytest.fixture(scope="session")
def modules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("modules")


@pytest.fixture(scope="session")
def go_ports(request: pytest.FixtureRequest, modules: Path) -> Iterator[dict[str, Future[GoSide]]]:
    """The Go port of every selected program, started at once on a few threads. The
    migrations skip their stub loop (`--no-check`): every program must build as
    translated, and the loop's type check, vet and build were over half of this test's CPU
    time."""
    tools = GoTools()
    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        futures = {
            p.name: pool.submit(port, p, modules / p.name, tools, check=False)
            for p in _selected(request, GO_TEST)
        }
        yield futures
        for future in futures.values():
            future.cancel()


@pytest.mark.port
@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.name)
def test_go_port_matches_jvm(
    program: Program,
    jvm: Jvm,
    go_ports: dict[str, Future[GoSide]],
    modules: Path,
    request: pytest.FixtureRequest,
) -> None:
    jvm.run_all(_selected(request, GO_TEST))
    side = go_ports[program.name].result()
    java = jvm.runs[program.name]
    failure = report(program, java, side)
    if failure is not None:
        pytest.fail(failure, pytrace=False)
    # A passing module is of no more use (each holds a copy of the runtime package).
    shutil.rmtree(modules / program.name)
