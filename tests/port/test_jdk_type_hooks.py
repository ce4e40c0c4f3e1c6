"""JDK types whose Go form needs the translator's help beyond the default mapping, named
in their stubs: `@GoInstanceOf` (the test `instanceof` becomes for a type Go holds as
`any`) and `@GoSelf` (a subclass hands itself to the runtime, which calls its overrides
of protected hooks). One program runs on the JVM and as Go; each test compares its line."""

from __future__ import annotations

import json

import pytest

from l2j_lsp.module.migrate import Options, migrate
from tests.port.conftest import run_go, run_java

MAIN = """package demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    static int asInt(Object v) {
        return v instanceof Number n ? n.intValue() : -1;
    }

    static class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;

        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }

    static class Counts extends LinkedHashMap<String, Integer> {
    }

    public static void main(String[] args) {
        Object[] values = {1, 2L, 3.5, (short) 4, "5", 'c', true, new AtomicInteger(6), null};
        StringBuilder out = new StringBuilder();
        for (Object v : values) {
            out.append(v instanceof Number).append('/').append(asInt(v)).append(' ');
        }
        System.out.println(out.toString().trim());

        Lru<Integer, String> lru = new Lru<>(2);
        lru.put(1, "one");
        lru.put(2, "two");
        lru.get(1);
        lru.put(3, "three");
        lru.putIfAbsent(4, "four");
        Map<String, Integer> anon = new LinkedHashMap<>(8, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > 1;
            }
        };
        anon.put("a", 1);
        anon.merge("b", 2, Integer::sum);
        Counts counts = new Counts();
        counts.merge("x", 1, Integer::sum);
        counts.merge("x", 1, Integer::sum);
        System.out.println(lru + " " + anon + " " + counts + " " + counts.getOrDefault("y", 0));
    }
}
"""


@pytest.fixture(scope="module")
def ported(tmp_path_factory: pytest.TempPathFactory, jdk: None) -> tuple[list[str], list[str]]:
    """The JVM's stdout lines and the Go port's (which must carry no marker)."""
    tmp = tmp_path_factory.mktemp("hooks")
    src = tmp / "src"
    (src / "demo").mkdir(parents=True)
    (src / "demo" / "Main.java").write_text(MAIN)
    java = run_java(src, "demo.Main", tmp)
    assert java.returncode == 0, java.stderr
    out = tmp / "go"
    outcome = migrate(Options([src], out))
    assert outcome.report["stubbed"] == 0, json.dumps(outcome.report)
    go = run_go(out, "run", "./cmd/main")
    assert go.returncode == 0, go.stderr
    return java.stdout.splitlines(), go.stdout.splitlines()


def test_instanceof_number_tests_the_value_not_only_null(
    ported: tuple[list[str], list[str]],
) -> None:
    # Number is `any` in Go: a type assertion took a String, a Character and a Boolean
    # for Numbers (and intValue() then threw ClassCastException).
    java, go = ported
    assert java[0] == "true/1 true/2 true/3 true/4 false/-1 false/-1 false/-1 true/6 false/-1"
    assert go[0] == java[0]


def test_linked_hash_map_subclasses_evict_through_remove_eldest_entry(
    ported: tuple[list[str], list[str]],
) -> None:
    # A named and an anonymous subclass: the runtime map calls the override after each
    # insertion; a subclass gets Map's default methods from the runtime map (no forwarder
    # stubs), so merge and getOrDefault work.
    java, go = ported
    assert java[1] == "{3=three, 4=four} {b=2} {x=2} 0"
    assert go[1] == java[1]
