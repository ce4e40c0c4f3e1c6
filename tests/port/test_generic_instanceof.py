"""`instanceof List<?>` (or a raw generic type) has no Go equivalent: Go's generics are
invariant, so asserting `java.List[any]` is false for the `java.List[*int32]` that
`List.of(5)` makes, and the program went on with a wrong `false` (L2J's
`StatsSet.getMinionList` returned an empty list that way). It is a named marker now."""

from __future__ import annotations

from pathlib import Path

from tests.port.conftest import run_cli, run_go

PROGRAM = """package p;

import java.util.*;

public class Main {
    static int size(Object o) {
        if (o instanceof List<?> l) {
            return l.size();
        }
        if (!(o instanceof Map)) {
            return -1;
        }
        return 0;
    }

    public static void main(String[] args) {
        System.out.println(size(List.of(5)));
    }
}
"""


def test_instanceof_a_wildcard_generic_type_is_a_named_marker(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "p").mkdir(parents=True)
    (src / "p" / "Main.java").write_text(PROGRAM)
    out = tmp_path / "go"
    migrated = run_cli(["migrate", str(src), "--out", str(out), "--no-check"], tmp_path)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    go = (out / "p" / "main.go").read_text()
    assert "l2j: not migrated: instanceof List<?>" in go
    assert "l2j: not migrated: instanceof Map (" in go
    run = run_go(out, "run", "./cmd/main")
    # Loud, never a silent `false`: the run stops on the marker, naming the test.
    assert run.returncode != 0 and "l2j: not migrated: instanceof List<?>" in run.stderr
    assert run.stdout == ""
