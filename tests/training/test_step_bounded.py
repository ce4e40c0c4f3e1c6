"""The training tests are bounded by training steps, never by the clock: on a loaded CI
machine the same steps take many times longer, and a deadline made them fail there.

Checked on the test code itself: pytest-timeout is off for them, and no call in them has
a timeout or computes a deadline. A hung run is still caught: ``run_to_end`` gives up on
a command that writes nothing for a long time (tests/support/steps.py)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRAINING_TESTS = (
    "tests.training.test_train_cli",
    "tests.server.test_train_loop",
    "tests.hrm.test_hrm_overfit",
)
HELPERS = ("tests.training.conftest",)


def _source(module: str) -> ast.Module:
    return ast.parse((REPO / (module.replace(".", "/") + ".py")).read_text(encoding="utf-8"))


def _timeout_marks(obj: object) -> list[pytest.Mark]:
    marks = getattr(obj, "pytestmark", [])
    marks = marks if isinstance(marks, list) else [marks]
    return [m for m in marks if m.name == "timeout"]


@pytest.mark.parametrize("module", TRAINING_TESTS)
def test_pytest_timeout_is_off_for_every_training_test(module: str) -> None:
    loaded = importlib.import_module(module)
    tests = [getattr(loaded, n) for n in dir(loaded) if n.startswith("test_")]
    assert tests
    for test in tests:
        marks = _timeout_marks(test) or _timeout_marks(loaded)
        assert [m.args for m in marks] == [(0,)], f"{module}.{test.__name__} has {marks}"


def _clock_bounds(tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            found += [f"line {node.lineno}: timeout=" for k in node.keywords if k.arg == "timeout"]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            for side in (node.left, node.right):
                if (
                    isinstance(side, ast.Call)
                    and isinstance(side.func, ast.Attribute)
                    and side.func.attr in ("monotonic", "time", "perf_counter")
                ):
                    found.append(f"line {node.lineno}: a deadline from the clock")
    return found


@pytest.mark.parametrize("module", TRAINING_TESTS + HELPERS)
def test_no_training_test_waits_on_the_clock(module: str) -> None:
    assert _clock_bounds(_source(module)) == []
