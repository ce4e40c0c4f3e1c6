"""The HumanEval-X harness with real `go test` runs: it must pass the reference Go and fail
broken, wrong, looping and badly importing Go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from l2j_lsp.backends.base import BackendConfigError, InvalidOutput, TranslationRequest
from l2j_lsp.evaluation.gotest import GoWorkspace
from l2j_lsp.evaluation.humaneval import DATA_DIR, Task, evaluate, load_tasks
from l2j_lsp.evaluation.report import summarize_humaneval
from tests.evaluation.conftest import FixedBackend, broken, canonical, wrong

# The first five, plus tasks whose tests call prompt helpers (10, 32, 38, 50), use a package
# the import block lacks (17, 44) or return interface{} (162).
CANONICAL_TASKS = (0, 1, 2, 3, 4, 10, 17, 32, 38, 44, 50, 162)


def test_loads_all_164_tasks(all_tasks: list[Task]) -> None:
    assert len(all_tasks) == 164
    assert [t.number for t in all_tasks] == list(range(164))
    first = all_tasks[0]
    assert first.task_id == "HumanEval/0"
    assert first.go_signature == "func HasCloseElements(numbers []float64, threshold float64) bool"
    assert "public boolean hasCloseElements" in first.java
    assert "return false;" in first.java  # the canonical solution is appended
    assert "func Poly(" in all_tasks[32].go_helpers
    assert all_tasks[0].go_helpers == ""
    # Go/65's prompt spaces its declaration differently from the declaration field.
    assert all_tasks[65].go_signature == "func CircularShift(x int, shift int) string"


def test_limit_takes_the_first_tasks() -> None:
    assert [t.number for t in load_tasks(DATA_DIR, limit=3)] == [0, 1, 2]


def test_request_carries_the_java_and_the_target_signature(all_tasks: list[Task]) -> None:
    task = all_tasks[2]
    request = task.request()
    assert request == TranslationRequest(
        java=task.java,
        scope="class",
        name="Solution",
        go_package="main",
        context=task.go_imports,
        kind="class",
        enclosing_type="",
        target_signature="func TruncateNumber(number float64) float64",
        file_source=task.java,
    )
    assert request.context == 'import (\n    "math"\n)'


def test_test_file_strips_the_package_and_keeps_only_used_hints(all_tasks: list[Task]) -> None:
    task = all_tasks[32]  # FindZero: the test calls Poly from the prompt
    text = task.test_file(
        'package solution\n\nimport "math"\n\n'
        "func Poly(xs []float64, x float64) float64 { return math.Abs(x) }\n\n"
        f"{task.go_signature} {{\n\treturn 0\n}}\n"
    )
    assert text.startswith("package main\n")
    assert "package solution" not in text
    # The answer's Poly would clash with the prompt's, which the test relies on.
    assert text.count("func Poly(") == 1
    assert "func Poly(xs []int, x float64) float64" in text
    assert '"math/rand"' in text and '"math"' in text  # the test uses both
    assert '"strings"' not in text


async def test_canonical_go_scores_100(all_tasks: list[Task]) -> None:
    tasks = [all_tasks[n] for n in CANONICAL_TASKS]
    backend = FixedBackend(tasks, canonical)
    results = await evaluate(backend, tasks, jobs=4)
    assert [r.failure for r in results] == [""] * len(tasks), [r.message for r in results]
    summary = summarize_humaneval("fixed", results, 1.0)
    assert (summary.compiled, summary.passed, summary.pass_at_1) == (12, 12, 1.0)
    assert summary.parse_rate == 1.0
    assert all(r.compile_seconds > 0 and r.test_seconds > 0 for r in results)
    assert [r.target_signature for r in backend.requests] == [t.go_signature for t in tasks]


async def test_broken_go_compiles_nothing(all_tasks: list[Task]) -> None:
    tasks = all_tasks[:5]
    results = await evaluate(FixedBackend(tasks, broken), tasks, jobs=4)
    summary = summarize_humaneval("fixed", results, 1.0)
    assert (summary.compiled, summary.passed, summary.parse_rate) == (0, 0, 0.0)
    assert summary.extra["failures"]["compile"] == 5
    assert "main_test.go" in results[0].message  # the compiler's own words


async def test_wrong_go_compiles_but_fails_its_test(all_tasks: list[Task]) -> None:
    tasks = all_tasks[:5]
    results = await evaluate(FixedBackend(tasks, wrong), tasks, jobs=4)
    summary = summarize_humaneval("fixed", results, 1.0)
    assert (summary.compiled, summary.passed, summary.pass_at_1) == (5, 0, 0.0)
    assert {r.failure for r in results} == {"test"}
    assert "not translated" in results[0].message


async def test_an_infinite_loop_fails_its_task_not_the_run(all_tasks: list[Task]) -> None:
    tasks = all_tasks[:2]

    def loop_first(task: Task) -> str:
        if task.number == 0:
            return f"{task.go_signature} {{\n\tfor {{\n\t}}\n}}\n"
        return canonical(task)

    results = await evaluate(FixedBackend(tasks, loop_first), tasks, jobs=2, test_timeout=2.0)
    assert results[0].compiled and results[0].timed_out and results[0].failure == "timeout"
    assert "timed out" in results[0].message
    assert results[1].passed


async def test_unused_hint_imports_are_dropped_but_the_answers_own_are_kept(
    all_tasks: list[Task],
) -> None:
    task = all_tasks[0]  # its prompt imports "math"; this answer does not use it
    no_math = (
        f"{task.go_signature} {{\n"
        "\tfor i := range numbers {\n\t\tfor j := i + 1; j < len(numbers); j++ {\n"
        "\t\t\td := numbers[i] - numbers[j]\n\t\t\tif d < 0 {\n\t\t\t\td = -d\n\t\t\t}\n"
        "\t\t\tif d < threshold {\n\t\t\t\treturn true\n\t\t\t}\n\t\t}\n\t}\n"
        "\treturn false\n}\n"
    )
    unused_own = 'import "os"\n\n' + no_math
    backend = FixedBackend([task], lambda t: no_math)
    (ok,) = await evaluate(backend, [task], jobs=1)
    assert ok.passed, ok.message
    (bad,) = await evaluate(FixedBackend([task], lambda t: unused_own), [task], jobs=1)
    assert not bad.compiled
    assert '"os" imported and not used' in bad.message


def fail_first(error: Exception) -> Callable[[Task], str]:
    def answer(task: Task) -> str:
        if task.number == 0:
            raise error
        return canonical(task)

    return answer


async def test_a_backend_error_fails_its_task(all_tasks: list[Task]) -> None:
    tasks = all_tasks[:2]
    backend = FixedBackend(tasks, fail_first(InvalidOutput("prose, not Go")))
    results = await evaluate(backend, tasks, jobs=2)
    assert results[0].failure == "translate" and results[0].message == "prose, not Go"
    assert results[1].passed


async def test_a_backend_bug_fails_its_task(all_tasks: list[Task]) -> None:
    tasks = all_tasks[:1]
    backend = FixedBackend(tasks, fail_first(KeyError("oops")))
    (result,) = await evaluate(backend, tasks, jobs=1)
    assert result.failure == "translate" and result.message == "KeyError: 'oops'"


async def test_a_user_fixable_backend_error_stops_the_run(all_tasks: list[Task]) -> None:
    tasks = all_tasks[:2]
    backend = FixedBackend(tasks, fail_first(BackendConfigError("no API key")))
    with pytest.raises(BackendConfigError, match="no API key"):
        await evaluate(backend, tasks, jobs=2)


async def test_stand_in_assert_compares_like_testify(tmp_path: Path) -> None:
    source = """package main

import (
\t"testing"

\t"github.com/stretchr/testify/assert"
)

func TestSemantics(t *testing.T) {
\tcases := []struct {
\t\ta, b interface{}
\t\twant bool
\t}{
\t\t{1, 1, true},
\t\t{1, int64(1), false},
\t\t{[]int{}, []int(nil), false},
\t\t{[]int{1, 2}, []int{1, 2}, true},
\t\t{nil, nil, true},
\t\t{nil, "", false},
\t\t{[]byte("a"), []byte("a"), true},
\t\t{[2]float64{1, 2}, [2]float64{1, 2}, true},
\t\t{map[string]int{"a": 1}, map[string]int{"a": 1}, true},
\t}
\tfor i, c := range cases {
\t\tif assert.ObjectsAreEqual(c.a, c.b) != c.want {
\t\t\tt.Errorf("case %d: want %v", i, c.want)
\t\t}
\t}
\tassert.New(t).Equal("x", "x")
}
"""
    workspace = GoWorkspace(tmp_path / "module")
    outcome = await workspace.run("semantics", source)
    assert outcome.passed, outcome.output
    failing = source.replace('Equal("x", "x")', 'Equal(1, int64(1), "int vs int64")')
    outcome = await workspace.run("semantics_fail", failing)
    assert outcome.compiled and not outcome.passed
    assert "int vs int64" in outcome.output
    assert "expected: int(1)\n" in outcome.output and "actual  : int64(1)" in outcome.output


async def test_a_test_printing_in_a_loop_is_stopped_with_bounded_output(tmp_path: Path) -> None:
    source = (
        'package main\n\nimport (\n\t"fmt"\n\t"testing"\n)\n\n'
        'func TestChatty(t *testing.T) {\n\tfor {\n\t\tfmt.Println("spam spam spam")\n\t}\n}\n'
    )
    outcome = await GoWorkspace(tmp_path / "module").run("chatty", source, test_timeout=2.0)
    assert outcome.compiled and outcome.timed_out and not outcome.passed
    assert "bytes left out" in outcome.output
    assert len(outcome.output) < 5000
    assert outcome.output.startswith("test timed out after 2 s\nspam spam spam")
