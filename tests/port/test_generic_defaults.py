"""A generic default method of an interface (L2J's IXmlReader.parseEnum, `<T extends
Enum<T>> T parseEnum(...)`) reached through a class that implements the interface: the
Go method that forwards to it cannot be generic, so it instantiates the function at T's
erasure; before, Go could not infer T and every such forwarder was stubbed."""

from __future__ import annotations

from pathlib import Path

from tests.port.conftest import run_cli, run_go, run_java

READER = """package demo;

interface Reader {
    default <T extends Enum<T>> T pick(T value, T fallback) {
        if (value == null) {
            return fallback;
        }
        return value;
    }

    default <T extends Enum<T>> T pick(T value) {
        return pick(value, null);
    }

    default <T extends Enum<T>> String describe(T value) {
        return value.name() + "#" + value.ordinal();
    }
}
"""

MAIN = """package demo;

public class Main implements Reader {
    enum Color { RED, GREEN }

    public static void main(String[] args) {
        Main m = new Main();
        System.out.println(m.pick(Color.GREEN));
        System.out.println(m.pick(null, Color.RED));
        System.out.println(m.pick((Color) null));
        Reader r = m;
        System.out.println(r.describe(Color.GREEN));
    }
}
"""


def test_a_generic_default_method_works_through_its_implementing_class(
    tmp_path: Path, jdk: None
) -> None:
    src = tmp_path / "src"
    (src / "demo").mkdir(parents=True)
    (src / "demo" / "Reader.java").write_text(READER)
    (src / "demo" / "Main.java").write_text(MAIN)
    java = run_java(src, "demo.Main", tmp_path)
    assert java.returncode == 0, java.stderr
    out = tmp_path / "go"
    migrated = run_cli(["migrate", str(src), "--out", str(out)], tmp_path)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    assert "0 carry 'l2j: not migrated'" in migrated.stdout
    go = run_go(out, "run", "./cmd/main")
    assert go.returncode == 0, go.stderr
    assert go.stdout == java.stdout
