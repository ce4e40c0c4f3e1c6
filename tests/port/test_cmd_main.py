"""`cmd/<class>/main.go` calls the class's `main` with the command line, also when Java
declares it `main(String... args)` (a program from outside the project did not build)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.port.conftest import run_cli, run_go

PROGRAM = """public class Type_Casting {
    public static void main(String... args) {
        byte a = (byte) (127 + 21);
        System.out.println(a + " " + args.length + " " + String.join("|", args));
    }
}
"""


def test_a_varargs_main_gets_the_command_line(tmp_path: Path, jdk: None) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "Type_Casting.java").write_text(PROGRAM)
    classes = tmp_path / "classes"
    subprocess.run(["javac", "-d", str(classes), str(src / "Type_Casting.java")], check=True)
    java = subprocess.run(
        ["java", "-cp", str(classes), "Type_Casting", "x", "y z"],
        capture_output=True,
        text=True,
        check=True,
    )
    out = tmp_path / "go"
    migrated = run_cli(["migrate", str(src), "--out", str(out)], tmp_path)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    go = run_go(out, "run", "./cmd/type_casting", "x", "y z")
    assert go.returncode == 0, go.stderr
    assert go.stdout == java.stdout
