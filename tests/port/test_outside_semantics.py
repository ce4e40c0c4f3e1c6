"""Java meanings that programs from outside the project (docs/benchmarks/semantics.md) showed
the port lost: each small program here runs on the JVM and as Go (one migration, one
``go build`` of every command) and must print the same, or end on a named
``l2j: not migrated`` marker where Go cannot keep Java's meaning."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from l2j_lsp.evaluation.differential import JAVA_FLAGS, MARKER
from l2j_lsp.migration.target import snake_case
from tests.port.conftest import run_cli, run_go

PROGRAMS = {
    # String.format's %d, %o and %x of a BigInteger (Go threw IllegalFormatConversion).
    "BigFormat": """import java.math.BigInteger;
public class BigFormat {
    public static void main(String[] args) {
        BigInteger big = BigInteger.valueOf(3).pow(30);
        System.out.println(String.format("%018d|%,d|%x|%#X|%o", big, big, big, big, big));
        BigInteger neg = big.negate();
        BigInteger one = neg.divide(big);
        System.out.println(String.format("%(d|%+d|%x|%012d|%-8d|", neg, big, neg, neg, one));
        System.out.println(String.format("%d %s", (BigInteger) null, BigInteger.TEN));
    }
}
""",
    # `new Integer(5)` is a new object, unlike Integer.valueOf(5) (Go shared the cached box).
    "FreshBoxes": """public class FreshBoxes {
    public static void main(String[] args) {
        Integer a = new Integer(5), b = new Integer(5);
        Integer c = Integer.valueOf(5), d = 5;
        Long l = new Long(7L);
        Boolean t = new Boolean(true);
        Character ch = new Character('x');
        System.out.println((a == b) + " " + a.equals(b) + " " + (c == d) + " " + (a == c));
        System.out.println((l == Long.valueOf(7L)) + " " + (t == Boolean.TRUE) + " " + t);
        System.out.println((ch == Character.valueOf('x')) + " " + (new Integer("42") + 1));
    }
}
""",
    # A field hidden by a subclass's field of the same name: `super.f` and a reference of
    # the superclass's type read the superclass's field (Go promoted the subclass's).
    "HiddenFields": """class Ground {
    int level = 1;
    String name = "ground";
}
class Middle extends Ground {
    int level = 2;
}
class Top extends Middle {
    int level = 3;
    String name = "top";
    void show() {
        System.out.println(level + " " + super.level + " " + super.name + " " + name);
        Middle asMiddle = this;
        Ground asGround = this;
        System.out.println(asMiddle.level + " " + asGround.level + " " + asGround.name);
        super.level = 20;
        System.out.println(level + " " + super.level + " " + ((Ground) this).level);
    }
}
public class HiddenFields {
    public static void main(String[] args) {
        new Top().show();
    }
}
""",
    # Java reads a binary operator's left operand before the right one runs its side
    # effects, also when the left is an expression (Go read `7*x` after `++x`).
    "LeftFirst": """public class LeftFirst {
    public static void main(String[] args) {
        int x = 5;
        x *= 3 * 5 + 7 * x - 1 + ++x;
        System.out.println(x);
        int y = 2;
        int z = y * 10 - y + (y = 7) * y;
        System.out.println(y + " " + z);
    }
}
""",
    # equals, hashCode and toString called on null throw NullPointerException (the runtime's
    # functions behind them take null, as Objects.equals does).
    "NullReceiver": """public class NullReceiver {
    StringBuilder missing;
    public static void main(String[] args) {
        Object nothing = null;
        try {
            nothing.hashCode();
        } catch (NullPointerException e) {
            System.out.println("hashCode on null");
        }
        try {
            System.out.println(nothing.toString());
        } catch (NullPointerException e) {
            System.out.println("toString on null");
        }
        System.out.println(java.util.Objects.equals(nothing, null) + " " + "a".equals(nothing));
        new NullReceiver().missing.equals(new StringBuilder());
        System.out.println("not reached");
    }
}
""",
    # A for statement's later declarators read the earlier ones (Go's one `:=` did not
    # see them: "undefined: inc").
    "ForDeclarators": """public class ForDeclarators {
    public static void main(String[] args) {
        int total = 0;
        for (int i = 1, step = i + 1, stop = step * 5; i < stop; i += step) {
            total += i;
        }
        System.out.println(total);
    }
}
""",
    # A constant shifted stays an int: `:=` made Go ints of `(1 << 5) + 1` and `1 << level`,
    # which an int parameter then rejected.
    "ShiftConstants": """public class ShiftConstants {
    static final int BITS = 4;
    static int half(int v) { return v / 2; }
    public static void main(String[] args) {
        int first = (1 << (BITS + 1)) + 1;
        for (int i = first; i < 45; i += 4) {
            System.out.print(half(i) + " ");
        }
        System.out.println();
        for (int level = 1; level < 4; level++) {
            for (int j = 1, end = 1 << level; j < end; j += 2) {
                System.out.print(half(j) + half(end) + " ");
            }
        }
        long wide = 1L << 40;
        System.out.println(wide);
    }
}
""",
    # Arrays of four and five sizes (Go had no java.NewArray4), String elements null, every
    # size checked first.
    "DeepArrays": """public class DeepArrays {
    public static void main(String[] args) {
        long[][][][] ways = new long[3][2][2][2];
        ways[2][1][1][1] = 7;
        System.out.println(ways.length + " " + ways[2][1][1].length + " " + ways[2][1][1][1]);
        String[][] names = new String[2][3];
        System.out.println(names[1][2] + " " + (names[0][0] == null));
        int[][][][][] five = new int[1][1][1][1][2];
        System.out.println(five[0][0][0][0].length);
        try {
            int[][] none = new int[0][-1];
            System.out.println(none.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative " + e.getMessage());
        }
    }
}
""",
    # A class implementing an interface without methods, directly or through a superclass
    # or a subinterface (Go's interface holds IsTag, which no class had).
    "MarkerTags": """interface Tag {
}
interface Loud extends Tag {
}
class Animal implements Tag {
}
class Dog extends Animal {
}
class Horn implements Loud {
}
public class MarkerTags {
    public static void main(String[] args) {
        Tag a = new Dog();
        Object[] all = {new Animal(), new Dog(), new Horn(), new MarkerTags()};
        for (Object o : all) {
            System.out.print((o instanceof Tag) + " " + (o instanceof Loud) + " ");
        }
        System.out.println(a instanceof Animal);
    }
}
""",
    # A StringBuilder passed where String's methods take a CharSequence (Go held those
    # as strings and rejected the builder).
    "CharSequenceArgs": """public class CharSequenceArgs {
    public static void main(String[] args) {
        StringBuilder mid = new StringBuilder("IR");
        String word = "FAN";
        System.out.println(word.replace("A", mid) + " " + "FIRE".contains(mid));
        mid.append('E');
        String fun = "FIRE".replace(mid, new StringBuilder("UN"));
        System.out.println(fun + " " + "FIRE".contentEquals(mid));
    }
}
""",
}

# Go cannot keep these: the port must stop on a marker where Java went on.
MARKED = {
    # `new String(s) == s` is false in Java; Go's strings are values, equal by contents.
    "NewStringIdentity": """public class NewStringIdentity {
    public static void main(String[] args) {
        String made = new String("abc");
        String same = made.intern();
        System.out.println(same == "abc");
        System.out.println(made == same);
    }
}
""",
    # ArrayList<Number> passed as ArrayList<? super Integer>: Go's generic instances do not
    # convert (it threw a ClassCastException Java never throws).
    "SuperWildcard": """import java.util.ArrayList;
import java.util.List;
public class SuperWildcard {
    static void fill(ArrayList<? super Integer> into) {
        into.add(1);
    }
    public static void main(String[] args) {
        ArrayList<Number> numbers = new ArrayList<>();
        fill(numbers);
        System.out.println(numbers);
    }
}
""",
}


@pytest.fixture(scope="module")
def ported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Every program compiled for the JVM and migrated and built as Go, once."""
    tmp = tmp_path_factory.mktemp("outside")
    src = tmp / "src"
    src.mkdir()
    for name, code in {**PROGRAMS, **MARKED}.items():
        (src / f"{name}.java").write_text(code, encoding="utf-8")
    classes = tmp / "classes"
    files = [str(p) for p in sorted(src.glob("*.java"))]
    subprocess.run(["javac", "-nowarn", "-d", str(classes), *files], check=True)
    out = tmp / "go"
    migrated = run_cli(["migrate", str(src), "--out", str(out)], tmp)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    built = run_go(out, "build", "-o", "bin/", "./cmd/...")
    assert built.returncode == 0, built.stderr
    return classes, out


def _runs(ported: tuple[Path, Path], name: str) -> tuple[subprocess.CompletedProcess[str], ...]:
    classes, out = ported
    argv = ["java", *JAVA_FLAGS, "-cp", str(classes), name]
    java = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    binary = out / "bin" / snake_case(name)
    go = subprocess.run([str(binary)], capture_output=True, text=True, timeout=60)
    return java, go


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_go_prints_what_java_prints(ported: tuple[Path, Path], name: str, jdk: None) -> None:
    java, go = _runs(ported, name)
    assert MARKER not in go.stderr, go.stderr
    assert (go.stdout, go.returncode) == (java.stdout, java.returncode), go.stderr
    assert go.stderr.partition("\n")[0] == java.stderr.partition("\n")[0]


@pytest.mark.parametrize("name", sorted(MARKED))
def test_go_stops_on_a_marker(ported: tuple[Path, Path], name: str, jdk: None) -> None:
    java, go = _runs(ported, name)
    assert java.returncode == 0, java.stderr
    assert go.returncode != 0
    assert MARKER in go.stderr and "ClassCastException" not in go.stderr, go.stderr
