"""Generic type inference javac does and Go cannot: each case is a small program whose Go
port must print what the JVM prints, with no `l2j: not migrated` marker (before each fix,
the type argument fell back to `any` and the Go module did not build)."""

from __future__ import annotations

from pathlib import Path

from tests.port.conftest import run_cli, run_go, run_java


def _same_as_jvm(tmp_path: Path, main: str) -> str:
    src = tmp_path / "src"
    (src / "demo").mkdir(parents=True)
    (src / "demo" / "Main.java").write_text(main)
    java = run_java(src, "demo.Main", tmp_path)
    assert java.returncode == 0, java.stderr
    out = tmp_path / "go"
    migrated = run_cli(["migrate", str(src), "--out", str(out)], tmp_path)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    assert "0 carry 'l2j: not migrated'" in migrated.stdout, migrated.stdout
    go = run_go(out, "run", "./cmd/main")
    assert go.returncode == 0, go.stderr
    assert go.stdout == java.stdout
    return go.stdout


def test_an_explicitly_typed_lambda_binds_the_comparator_type(tmp_path: Path, jdk: None) -> None:
    out = _same_as_jvm(
        tmp_path,
        """package demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Main {
    record Task(String name, int rank, long time) {}

    public static void main(String[] args) {
        List<Task> tasks = new ArrayList<>(List.of(
            new Task("a", 1, 5), new Task("b", 3, 9), new Task("c", 3, 2)));
        tasks.sort(Comparator.comparingInt((Task t) -> -t.rank()).thenComparingLong(t -> t.time()));
        System.out.println(tasks.get(0).name() + tasks.get(1).name() + tasks.get(2).name());
    }
}
""",
    )
    assert out == "cba\n"


def test_a_constructor_reference_takes_the_suppliers_type_arguments(
    tmp_path: Path, jdk: None
) -> None:
    out = _same_as_jvm(
        tmp_path,
        """package demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public class Main {
    public static void main(String[] args) {
        Supplier<List<String>> make = ArrayList::new;
        List<String> names = make.get();
        names.add("b");
        names.add("a");
        names.sort(String::compareTo);
        System.out.println(names);
    }
}
""",
    )
    assert out == "[a, b]\n"


def test_numeric_collectors_fill_maps_of_boxed_values(tmp_path: Path, jdk: None) -> None:
    """counting() is a Collector<T, ?, Long>, partitioningBy's map a Map<Boolean, D>: the
    runtime's results are the boxed Go types the translator spells for them (before, a
    downstream `int64` did not fit the TreeMap<String, Long> the supplier built)."""
    out = _same_as_jvm(
        tmp_path,
        """package demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

public class Main {
    public static void main(String[] args) {
        List<String> words = List.of("pear", "fig", "plum", "kiwi", "apple");
        Map<Integer, Long> byLength = words.stream()
            .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        Map<Boolean, Double> avg = words.stream()
            .collect(Collectors.partitioningBy(w -> w.startsWith("p"), Collectors.averagingInt(String::length)));
        Map<Boolean, Long> parts = words.stream()
            .collect(Collectors.partitioningBy(w -> w.length() > 3, Collectors.counting()));
        System.out.println(byLength + " " + avg + " " + parts.get(true));
    }
}
""",
    )
    assert out == "{3=1, 4=3, 5=1} {false=4.0, true=4.0} 4\n"
