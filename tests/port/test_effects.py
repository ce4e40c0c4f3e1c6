"""Which source methods write state a caller can read (project.effects): the translator
pins a left operand's read only before calls to these, so getters and methods that only
touch their own locals leave the Go as it was."""

from __future__ import annotations

from pathlib import Path

from l2j_lsp.project.model import Project

JAVA = """package p;

import java.util.function.IntUnaryOperator;

public class Hero {
    private int hp;
    private static int count;
    private final int[] slots = new int[2];

    int getHp() { return hp; }
    void heal(int by) { hp += by; }
    static int next() { return ++count; }
    void slot(int i) { slots[i] = 1; }
    void self() { this.hp = 0; }
    int sum(int[] values) {
        int total = 0;
        for (int v : values) { total += v; }
        IntUnaryOperator twice = x -> x * 2;
        try (AutoCloseable r = null) { total++; } catch (Exception e) { e = null; }
        return twice.applyAsInt(total);
    }
}
"""


def test_only_methods_that_write_outside_their_locals_are_writers(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "Hero.java").write_text(JAVA)
    writers = Project.from_roots([tmp_path]).field_writers()
    assert {"heal", "next", "slot", "self"} <= writers
    assert not {"getHp", "sum"} & writers
    # The JDK's methods are never counted: they do not write the program's fields.
    assert "add" not in writers and "put" not in writers
