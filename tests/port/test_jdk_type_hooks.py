"""JDK types whose Go form needs the translator's help beyond the default mapping: a stub
names it (`@GoInstanceOf` on a type Go holds as `any`). Each program runs on the JVM and
as Go, and must print the same."""

from __future__ import annotations

import json
from pathlib import Path

from l2j_lsp.module.migrate import Options, migrate
from tests.port.conftest import run_go, run_java

NUMBERS = """package demo;

import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    static int asInt(Object v) {
        return v instanceof Number n ? n.intValue() : -1;
    }

    public static void main(String[] args) {
        Object[] values = {1, 2L, 3.5, (short) 4, "5", 'c', true, new AtomicInteger(6), null};
        StringBuilder out = new StringBuilder();
        for (Object v : values) {
            out.append(v instanceof Number).append('/').append(asInt(v)).append(' ');
        }
        System.out.println(out.toString().trim());
    }
}
"""


def _port(tmp_path: Path, files: dict[str, str]) -> tuple[str, str]:
    """The JVM's stdout and the Go port's (which must carry no marker)."""
    src = tmp_path / "src"
    (src / "demo").mkdir(parents=True)
    for name, body in files.items():
        (src / "demo" / name).write_text(body)
    java = run_java(src, "demo.Main", tmp_path)
    assert java.returncode == 0, java.stderr
    out = tmp_path / "go"
    outcome = migrate(Options([src], out))
    assert outcome.report["stubbed"] == 0, json.dumps(outcome.report)
    go = run_go(out, "run", "./cmd/main")
    assert go.returncode == 0, go.stderr
    return java.stdout, go.stdout


def test_instanceof_number_tests_the_value_not_only_null(tmp_path: Path, jdk: None) -> None:
    # Number is `any` in Go: a type assertion took a String, a Character and a Boolean
    # for Numbers.
    java, go = _port(tmp_path, {"Main.java": NUMBERS})
    assert java == "true/1 true/2 true/3 true/4 false/-1 false/-1 false/-1 true/6 false/-1\n"
    assert go == java
