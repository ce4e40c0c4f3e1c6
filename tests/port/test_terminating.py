"""Go's terminating-statement rule as the translator applies it: `panic("unreachable")` goes
where Go needs it (Java proved more) and nowhere `go vet` would call it dead code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l2j_lsp.backends.wp.terminating import ends_terminating
from l2j_lsp.module import gotool
from l2j_lsp.module.migrate import Options, migrate


@pytest.mark.parametrize(
    ("lines", "terminates"),
    [
        (["return 1"], True),
        (["switch x {", "case 1:", "return 0", "default:", "return 1", "}"], True),
        (["switch x {", "case 1:", "return 0", "}"], False),  # no default
        (
            ["switch x {", "case 1:", "if y { break }", "return 0", "default:", "return 1", "}"],
            False,
        ),
        (["switch x {", "case 1:", "fallthrough", "default:", "return 1", "}"], True),
        (["for {", "x++", "}"], True),
        (["for {", "break", "}"], False),
        (["for {", "for y {", "break", "}", "}"], True),  # the break leaves the inner loop
        (["L:", "for {", "for {", "break L", "}", "}"], False),
        (["for x < 3 {", "}"], False),
        (["if x {", "return 1", "} else {", 'panic("a")', "}"], True),
        (["if x {", "return 1", "}"], False),
        (['java.NotMigrated("x")'], False),  # a marker call is not Go's panic
        (["return 1 /*@L3:4*/", "// a trailing comment"], True),
        # A reference the assembler resolves later (not Go yet: control characters).
        (["return \x01F|a.B|New\x02[E](x) /*@L85:5*/"], True),
    ],
)
def test_terminating_statements(lines: list[str], terminates: bool) -> None:
    assert ends_terminating(lines) is terminates


GRADES = """package demo;

public class Grades {
    enum Tier { LOW, HIGH }

    static int grade(int x) {
        return switch (x) {
            case 1, 2 -> 0;
            default -> 1;
        };
    }

    static int weight(Tier t) {
        return switch (t) {
            case LOW -> 1;
            case HIGH -> 2;
        };
    }

    static int sign(int x) {
        if (x < 0) {
            return -1;
        } else if (x == 0) {
            return 0;
        } else {
            return 1;
        }
    }

    static int first(Tier t) {
        switch (t) {
            case LOW: return 10;
            case HIGH: return 20;
        }
        throw new IllegalStateException();
    }

    static int exhaustive(Tier t) {
        switch (t) {
            case LOW: return 10;
            default: return 20;
        }
    }
}
"""


def test_switches_that_return_everywhere_get_no_dead_panic(tmp_path: Path) -> None:
    src = tmp_path / "src" / "demo"
    src.mkdir(parents=True)
    (src / "Grades.java").write_text(GRADES)
    out = tmp_path / "go"
    outcome = migrate(Options([tmp_path / "src"], out))
    assert outcome.report["stubbed"] == 0, json.dumps(outcome.report)
    assert outcome.report["build"] == {"ok": True, "errors": 0, "checked": True}
    go = (out / "demo" / "grades.go").read_text()
    # Only the enum switch expression without default needs one (Java knows it is
    # exhaustive, Go does not); go vet passing means no other is dead code.
    assert go.count('panic("unreachable")') == 1
    assert gotool.run_go(out, "vet")[0]
