"""Generic typing javac does and Go cannot do by itself, each a line of a small program
whose Go port must print what the JVM prints with no `l2j: not migrated` marker. Before
each fix the Go module did not build (the type argument fell back to `any`, or a Go type
did not match), or printed something else. Two programs, not one per fix: each port
builds the runtime and a module, which `make test` pays for every test."""

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


INFERENCE = """package demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

public class Main {
    record Task(String name, int rank, long time) {}

    static double sum(Collection<? extends Number> nums) {
        double total = 0;
        for (Number n : nums) {
            total += n.doubleValue();
        }
        return total;
    }

    public static void main(String[] args) throws Exception {
        List<Task> tasks = new ArrayList<>(List.of(
            new Task("a", 1, 5), new Task("b", 3, 9), new Task("c", 3, 2)));
        tasks.sort(Comparator.comparingInt((Task t) -> -t.rank()).thenComparingLong(t -> t.time()));
        System.out.println(tasks.get(0).name() + tasks.get(1).name() + tasks.get(2).name());

        Supplier<List<String>> make = ArrayList::new;
        List<String> names = make.get();
        names.add("b");
        names.add("a");
        names.sort(String::compareTo);
        System.out.println(names);

        System.out.println(sum(List.of(1, 2)) + " " + sum(List.of(1L, 2.5f)));

        List<String> words = List.of("pear", "fig", "plum", "kiwi", "apple");
        Map<Integer, Long> byLength = words.stream()
            .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        Map<Boolean, Double> avg = words.stream()
            .collect(Collectors.partitioningBy(
                w -> w.startsWith("p"), Collectors.averagingInt(String::length)));
        System.out.println(byLength + " " + avg);

        int n = args.length;
        CompletableFuture<String> f = CompletableFuture.supplyAsync(() -> {
            if (n == 0) {
                throw new IllegalArgumentException("bad");
            }
            return "ok";
        }).exceptionally(ex -> "recovered from " + ex.getCause().getMessage());
        CompletableFuture<Integer> a = CompletableFuture.completedFuture(6);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> 7);
        System.out.println(f.join() + " " + a.thenCombine(b, (x, y) -> x * y).get());
    }
}
"""


def test_type_arguments_come_from_lambdas_references_parameters_and_returns(
    tmp_path: Path, jdk: None
) -> None:
    """Line by line: an explicitly typed lambda binds comparingInt's T (Task); a
    constructor reference takes its Supplier's type arguments (ArrayList<String>); a
    generic call passed to `Collection<? extends Number>` is typed by the parameter (Go
    has no variance: List[any]; before, `List.of(1L, 2.5f)` became a List<Long> and 2.5f
    was 2); counting() and partitioningBy give boxed results, which a TreeMap<Integer,
    Long> and a Map<Boolean, Double> hold; a block lambda's returns bind supplyAsync's U
    and thenCombine joins two futures."""
    out = _same_as_jvm(tmp_path, INFERENCE)
    assert out == (
        "cba\n[a, b]\n3.0 3.5\n{3=1, 4=3, 5=1} {false=4.0, true=4.0}\nrecovered from bad 42\n"
    )


DECLARATIONS = """package demo;

import java.util.ArrayList;
import java.util.List;

public class Main {
    interface Store<V> {
        V get(int key);

        default V getOr(int key, V fallback) {
            V v = get(key);
            return v == null ? fallback : v;
        }
    }

    abstract static class Node<S extends Node<S>> {
        @SuppressWarnings("unchecked")
        S self() {
            return (S) this;
        }
    }

    static final class Leaf extends Node<Leaf> {
        @Override
        public String toString() {
            return "Leaf";
        }
    }

    sealed interface Shape permits Circle, Square {}

    record Circle(double r) implements Shape {}

    static final class Square implements Shape {
        @Override
        public String toString() {
            return "Square";
        }
    }

    @FunctionalInterface
    interface Effect {
        int apply(int hp);

        default Effect then(Effect next) {
            return hp -> next.apply(apply(hp));
        }
    }

    static <T extends Comparable<T>> T max(List<T> items) {
        T best = items.get(0);
        for (T item : items) {
            if (item.compareTo(best) > 0) {
                best = item;
            }
        }
        return best;
    }

    public static void main(String[] args) {
        System.out.println(max(List.of(3, 9, 2)) + " " + max(List.of("pear", "zucchini", "fig")));
        Store<String> store = key -> key == 1 ? "one" : null;
        System.out.println(store.getOr(1, "none") + " " + store.getOr(2, "none"));
        System.out.println(new Leaf().self());
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1.5));
        shapes.add(new Square());
        for (Shape s : shapes) {
            System.out.println(s instanceof Circle c ? "circle " + c.r() : s.toString());
        }
        Effect heal = hp -> hp + 50;
        Effect identity = hp -> hp;
        for (int i = 0; i < 3; i++) {
            identity = identity.then(heal);
        }
        System.out.println(identity.apply(1));
    }
}
"""


def test_type_parameters_marker_interfaces_and_lambda_locals(tmp_path: Path, jdk: None) -> None:
    """Line by line: compareTo on a `T extends Comparable<T>` that is an Integer or a
    String (Go's *int32 and string have no CompareTo method: the runtime compares);
    `v == null` for a Go type parameter V (Go cannot compare one with
    nil); `(S) this` for `S extends Node<S>` converts to S; records implementing a sealed
    interface with no methods define its Go marker method (before, none did, and a Circle
    was no Shape in Go); a local Effect initialised by a lambda keeps the interface type
    (`:=` gave it the adapter's func type, and reassigning it did not compile)."""
    out = _same_as_jvm(tmp_path, DECLARATIONS)
    assert out == "9 zucchini\none none\nLeaf\ncircle 1.5\nSquare\n151\n"
