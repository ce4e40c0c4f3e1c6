"""`Enum.valueOf(Class, String)` finds the constant among those the enum registered, also
inside a generic `<T extends Enum<T>>` helper (L2J's config readers parse enums this way:
7 of its functions were stubbed), and says Java's message when there is none."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.port.conftest import run_cli, run_go

PROGRAM = """package p;

public class Main {
    enum Color { RED, GREEN { @Override public String toString() { return "green!"; } } }

    static <T extends Enum<T>> T parse(Class<T> type, String name, T fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            return fallback;
        }
    }

    public static void main(String[] args) {
        Color c = Enum.valueOf(Color.class, "GREEN");
        System.out.println(c + " " + c.ordinal());
        System.out.println(parse(Color.class, "RED", Color.GREEN));
        System.out.println(parse(Color.class, "BLUE", Color.GREEN));
        try {
            Enum.valueOf(Color.class, null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
    }
}
"""


def test_enum_value_of_a_class_keeps_java_semantics(tmp_path: Path, jdk: None) -> None:
    src = tmp_path / "src"
    (src / "p").mkdir(parents=True)
    (src / "p" / "Main.java").write_text(PROGRAM)
    classes = tmp_path / "classes"
    subprocess.run(["javac", "-d", str(classes), str(src / "p" / "Main.java")], check=True)
    java = subprocess.run(
        ["java", "-cp", str(classes), "p.Main"], capture_output=True, text=True, check=True
    )
    out = tmp_path / "go"
    migrated = run_cli(["migrate", str(src), "--out", str(out)], tmp_path)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    assert "not migrated" not in (out / "p" / "main.go").read_text()
    go = run_go(out, "run", "./cmd/main")
    assert go.returncode == 0, go.stderr
    assert go.stdout == java.stdout
    assert "No enum constant p.Main.Color.BLUE" in go.stdout
