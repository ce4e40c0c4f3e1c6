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


def test_generic_arguments_nulls_and_casts_of_type_parameters(tmp_path: Path, jdk: None) -> None:
    """`sum(List.of(1L, 2.5f))` for a `Collection<? extends Number>`: javac infers T =
    Number, Go needs the parameter's exact List[any] (before: List[*int64], 2.5f folded to
    2); `v == null` for a type parameter V; `(S) this` for `S extends Shape<S>`."""
    out = _same_as_jvm(
        tmp_path,
        """package demo;

import java.util.Collection;
import java.util.List;

public class Main {
    static double sum(Collection<? extends Number> nums) {
        double total = 0;
        for (Number n : nums) {
            total += n.doubleValue();
        }
        return total;
    }

    interface Store<V> {
        V get(int key);

        default V getOr(int key, V fallback) {
            V v = get(key);
            return v == null ? fallback : v;
        }
    }

    abstract static class Shape<S extends Shape<S>> {
        @SuppressWarnings("unchecked")
        S self() {
            return (S) this;
        }
    }

    static final class Box extends Shape<Box> {
        @Override
        public String toString() {
            return "Box";
        }
    }

    public static void main(String[] args) {
        Store<String> store = key -> key == 1 ? "one" : null;
        System.out.println(sum(List.of(1, 2)) + " " + sum(List.of(1L, 2.5f)));
        System.out.println(store.getOr(1, "none") + " " + store.getOr(2, "none"));
        System.out.println(new Box().self());
    }
}
""",
    )
    assert out == "3.0 3.5\none none\nBox\n"


def test_records_implement_a_sealed_marker_interface(tmp_path: Path, jdk: None) -> None:
    """An interface with no methods is a Go interface with one marker method: each class
    implementing it now defines that method (before, none did)."""
    out = _same_as_jvm(
        tmp_path,
        """package demo;

import java.util.ArrayList;
import java.util.List;

public class Main {
    sealed interface Shape permits Circle, Square {}

    record Circle(double r) implements Shape {}

    static final class Square implements Shape {
        @Override
        public String toString() {
            return "Square";
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1.5));
        shapes.add(new Square());
        for (Shape s : shapes) {
            System.out.println(s instanceof Circle c ? "circle " + c.r() : s.toString());
        }
    }
}
""",
    )
    assert out == "circle 1.5\nSquare\n"


def test_a_lambda_local_keeps_its_interface_type(tmp_path: Path, jdk: None) -> None:
    """`Effect e = hp -> hp; e = e.then(f);`: the local is an Effect, not the Go func type
    that adapts the lambda (`:=` gave it that, and the assignment did not compile)."""
    out = _same_as_jvm(
        tmp_path,
        """package demo;

public class Main {
    @FunctionalInterface
    interface Effect {
        int apply(int hp);

        default Effect then(Effect next) {
            return hp -> next.apply(apply(hp));
        }
    }

    public static void main(String[] args) {
        Effect heal = hp -> hp + 50;
        Effect identity = hp -> hp;
        for (int i = 0; i < 3; i++) {
            identity = identity.then(heal);
        }
        System.out.println(identity.apply(1));
    }
}
""",
    )
    assert out == "151\n"


def test_a_block_lambdas_returns_bind_the_result_type(tmp_path: Path, jdk: None) -> None:
    """`supplyAsync(() -> { ...; return "ok"; })`: U is what the returns give (before,
    only an expression lambda's body told, and the future was a CompletableFuture<Object>
    that `exceptionally`'s String did not fit); `thenCombine` joins two futures."""
    out = _same_as_jvm(
        tmp_path,
        """package demo;

import java.util.concurrent.CompletableFuture;

public class Main {
    public static void main(String[] args) throws Exception {
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
""",
    )
    assert out == "recovered from bad 42\n"
