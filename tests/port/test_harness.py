"""The differential harness itself, end to end on the JVM side and on hand-written Go
modules standing in for the translator's output: what it reports when the port matches,
prints a different line, exits differently, names another exception, hangs, does not
build, or was not written at all."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from l2j_lsp.evaluation.differential import (
    GoSide,
    GoTools,
    HarnessError,
    Program,
    Run,
    build_and_run,
    compare,
    compile_java,
    load_program,
    run_java,
    run_process,
)

JAVA = {
    "hello": """
        public class Main {
            public static void main(String[] args) {
                String missing = null;
                System.out.println("hello " + missing);
                System.out.println(Integer.MAX_VALUE + 1);
                System.out.println(1.0E10);
            }
        }
        """,
    "exit3": """
        public class Main {
            public static void main(String[] args) {
                System.out.println("bye");
                System.exit(3);
            }
        }
        """,
    "throws": """
        public class Main {
            public static void main(String[] args) {
                System.out.println("before");
                throw new IllegalStateException("boom");
            }
        }
        """,
}
GO_MAIN = 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {{\n{body}\n}}\n'
HELLO_GO = (
    '\tfmt.Println("hello null")\n\tfmt.Println(-2147483648)\n\tfmt.Println("1.0E10")\n'
    "\t_ = os.Args"
)


@pytest.fixture(scope="module")
def java_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Program, Run]]:
    """The Java programs above, compiled in one JVM and run."""
    root = tmp_path_factory.mktemp("java")
    programs = []
    for name, source in JAVA.items():
        (root / name).mkdir()
        (root / name / "Main.java").write_text(source)
        programs.append(load_program(root / name))
    classes = root / "classes"
    assert compile_java(programs, classes) == {}
    return {p.name: (p, run_java(p, classes)) for p in programs}


@pytest.fixture(scope="module")
def tools() -> GoTools:
    return GoTools()


def go_module(root: Path, main_body: str, extra: dict[str, str] | None = None) -> Path:
    """A hand-written stand-in for a migrated module: go.mod, cmd/main/main.go, and any
    extra files (relative path -> text)."""
    root.mkdir(parents=True)
    (root / "go.mod").write_text("module l2jgo\n\ngo 1.23\n")
    files = {"cmd/main/main.go": GO_MAIN.format(body=main_body), **(extra or {})}
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def migrated(module: Path) -> Run:
    """What a successful migration run looks like to the harness."""
    return Run(b"1/1 files migrated to " + str(module).encode() + b"\n", b"", 0, 0.1)


def run_port(
    java: tuple[Program, Run], module: Path, tools: GoTools, run_timeout: float = 60.0
) -> tuple[GoSide, str | None]:
    from l2j_lsp.evaluation.differential import report

    program, java_run = java
    side = build_and_run(program, module, tools, migrated(module), run_timeout)
    return side, report(program, java_run, side)


def test_java_side_records_stdout_exit_code_and_stderr(
    java_runs: dict[str, tuple[Program, Run]],
) -> None:
    hello = java_runs["hello"][1]
    assert hello.stdout == b"hello null\n-2147483648\n1.0E10\n"
    assert hello.exit_code == 0
    assert java_runs["exit3"][1].exit_code == 3
    throws = java_runs["throws"][1]
    assert throws.exit_code == 1
    assert throws.stdout == b"before\n"
    assert throws.first_stderr_line == (
        'Exception in thread "main" java.lang.IllegalStateException: boom'
    )


def test_a_port_that_prints_what_java_prints_passes(
    java_runs: dict[str, tuple[Program, Run]], tools: GoTools, tmp_path: Path
) -> None:
    side, failure = run_port(java_runs["hello"], go_module(tmp_path / "m", HELLO_GO), tools)
    assert failure is None
    assert side.run is not None and side.run.stdout == java_runs["hello"][1].stdout


def test_a_different_line_is_named_with_its_number_and_both_texts(
    java_runs: dict[str, tuple[Program, Run]], tools: GoTools, tmp_path: Path
) -> None:
    body = HELLO_GO.replace("-2147483648", "2147483648")
    _, failure = run_port(java_runs["hello"], go_module(tmp_path / "m", body), tools)
    assert failure is not None
    assert failure.startswith("hello (Main): stdout line 2 differs:")
    assert "Java: '-2147483648'" in failure
    assert "Go:   '2147483648'" in failure


def test_missing_and_extra_lines_are_reported(
    java_runs: dict[str, tuple[Program, Run]], tools: GoTools, tmp_path: Path
) -> None:
    short = '\tfmt.Println("hello null")\n\tfmt.Println(-2147483648)\n\t_ = os.Args'
    _, failure = run_port(java_runs["hello"], go_module(tmp_path / "short", short), tools)
    assert failure is not None and "stdout line 3: Go ended, Java printed '1.0E10\\n'" in failure
    longer = HELLO_GO + '\n\tfmt.Println("extra")'
    _, failure = run_port(java_runs["hello"], go_module(tmp_path / "long", longer), tools)
    assert failure is not None and "stdout line 4: Java ended, Go printed 'extra\\n'" in failure


def test_exit_code_and_uncaught_exception_are_compared(
    java_runs: dict[str, tuple[Program, Run]], tools: GoTools, tmp_path: Path
) -> None:
    exit4 = '\tfmt.Println("bye")\n\tos.Exit(4)'
    _, failure = run_port(java_runs["exit3"], go_module(tmp_path / "exit", exit4), tools)
    assert failure is not None and "exit code: Java 3, Go 4" in failure
    exit3 = '\tfmt.Println("bye")\n\tos.Exit(3)'
    _, failure = run_port(java_runs["exit3"], go_module(tmp_path / "exit3", exit3), tools)
    assert failure is None
    wrong_name = (
        '\tfmt.Println("before")\n'
        "\tfmt.Fprintln(os.Stderr,"
        ' "Exception in thread \\"main\\" java.lang.RuntimeException: boom")\n'
        "\tos.Exit(1)"
    )
    _, failure = run_port(java_runs["throws"], go_module(tmp_path / "throw", wrong_name), tools)
    assert failure is not None and "first stderr line:" in failure
    assert "java.lang.IllegalStateException: boom" in failure
    assert "java.lang.RuntimeException: boom" in failure


def test_not_migrated_markers_are_listed_with_file_and_line(
    java_runs: dict[str, tuple[Program, Run]], tools: GoTools, tmp_path: Path
) -> None:
    stub = (
        "package model\n\n// Greet is Java's Model.greet().\n"
        'func Greet() string {\n\tpanic("l2j: not migrated: library org.Foo.bar")\n}\n'
    )
    runtime = 'package java\n\nfunc Unused() { panic("l2j: not migrated: runtime part") }\n'
    body = '\tfmt.Println("hello null")\n\tfmt.Println(model.Greet())\n\t_ = os.Args'
    module = go_module(
        tmp_path / "m",
        body,
        {"model/model.go": stub, "java/runtime.go": runtime},
    )
    main_go = module / "cmd/main/main.go"
    main_go.write_text(main_go.read_text().replace('"os"\n', '"os"\n\n\t"l2jgo/model"\n'))
    side, failure = run_port(java_runs["hello"], module, tools)
    assert side.markers == ('model/model.go:5: panic("l2j: not migrated: library org.Foo.bar")',)
    assert failure is not None
    assert "stdout line 2: Go ended" in failure
    assert "Go stderr:\npanic: l2j: not migrated: library org.Foo.bar" in failure
    assert "l2j: not migrated markers (1):\n  model/model.go:5:" in failure


def test_a_hang_is_reported_not_waited_for(
    java_runs: dict[str, tuple[Program, Run]], tools: GoTools, tmp_path: Path
) -> None:
    sleeper = (
        'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\n'
        'func main() {\n\tfmt.Println("hello null")\n\ttime.Sleep(time.Hour)\n}\n'
    )
    module = go_module(tmp_path / "m", "", {"cmd/main/main.go": sleeper})
    side, failure = run_port(java_runs["hello"], module, tools, run_timeout=2.0)
    assert side.run is not None and side.run.timed_out
    assert failure is not None and "Go run did not finish in 2 s" in failure


def test_build_errors_and_missing_commands_are_reported(
    java_runs: dict[str, tuple[Program, Run]], tools: GoTools, tmp_path: Path
) -> None:
    broken = go_module(tmp_path / "broken", "\tundefinedCall()")
    side, failure = run_port(java_runs["hello"], broken, tools)
    assert side.build is not None and side.build.exit_code != 0 and side.run is None
    assert failure is not None
    assert failure.startswith("hello: go build ./cmd/main failed")
    assert "undefined: undefinedCall" in failure
    empty = tmp_path / "empty"
    empty.mkdir()
    side, failure = run_port(java_runs["hello"], empty, tools)
    assert side.build is None
    assert failure is not None
    assert failure.startswith("hello: the migration wrote no cmd/main/main.go (exit 0)")


def test_compare_accepts_only_identical_behaviour() -> None:
    java = Run(b"a\nb\n", b"", 0, 0.1)
    assert compare(java, Run(b"a\nb\n", b"", 0, 0.2)) is None
    assert compare(java, Run(b"a\nb", b"", 0, 0.2)) == (
        "stdout line 2 differs:\n  Java: 'b\\n'\n  Go:   'b'"
    )
    assert compare(java, Run(b"a\nc\n", b"", 0, 0.2)) == (
        "stdout line 2 differs:\n  Java: 'b'\n  Go:   'c'"
    )
    assert compare(java, Run(b"a\nb\n", b"", None, 9.0)) == (
        "Go run did not finish in 9 s (Java: 0.1 s)"
    )


def test_output_beyond_the_limit_stops_the_process() -> None:
    loop = [sys.executable, "-c", "while True: print('x' * 1000)"]
    run = run_process(loop, timeout=120.0, limit=100_000)
    assert run.truncated and run.exit_code is None and not run.timed_out
    assert len(run.stdout) <= 100_000
    assert compare(Run(b"", b"", 0, 0.1), run) == "Go run printed more than 4194304 bytes"


def test_the_main_class_is_found_by_package_and_named_in_snake_case(tmp_path: Path) -> None:
    package = tmp_path / "app" / "com" / "l2jserver" / "gameserver"
    package.mkdir(parents=True)
    (package / "GameServer.java").write_text(
        "package com.l2jserver.gameserver;\n// public static void main(String[] a) in a comment\n"
        "public class GameServer {\n  public static void main(final String... args) {}\n}\n"
    )
    (package / "Helper.java").write_text(
        "package com.l2jserver.gameserver;\nclass Helper {\n"
        "  /* public static void main(String[] args) {} */\n}\n"
    )
    program = load_program(tmp_path / "app")
    assert program.main_class == "com.l2jserver.gameserver.GameServer"
    assert program.command == "game_server"
    assert program.name == "app"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "no .java files"),
        ({"A.java": "class A {}"}, "expected one class with main(String[]), found none"),
        (
            {
                "A.java": "class A { public static void main(String[] a) {} }",
                "B.java": "class B { public static void main(String args[]) {} }",
            },
            "expected one class with main(String[]), found A, B",
        ),
    ],
)
def test_a_program_without_exactly_one_main_is_refused(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    with pytest.raises(HarnessError, match=re.escape(message)):
        load_program(tmp_path)


def test_javac_failures_name_the_program_and_the_others_still_compile(tmp_path: Path) -> None:
    for name, source in {
        "good": JAVA["hello"],
        "bad": "public class Main { public static void main(String[] a) { int x = ; } }",
    }.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "Main.java").write_text(source)
    programs = [load_program(tmp_path / n) for n in ("good", "bad")]
    failed = compile_java(programs, tmp_path / "classes")
    assert list(failed) == ["bad"]
    assert "illegal start of expression" in failed["bad"]
    assert (tmp_path / "classes" / "good" / "Main.class").is_file()
