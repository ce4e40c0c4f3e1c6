// Lambdas capturing effectively final locals, parameters, loop copies and instance fields;
// deferred execution sees the captured values.
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

public class Main {
    private int bonus = 3;

    interface Validator {
        boolean check(String s);
    }

    List<Supplier<Integer>> makeSuppliers() {
        List<Supplier<Integer>> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int copy = i;
            out.add(() -> copy * 10 + bonus);
        }
        return out;
    }

    static Function<Integer, Integer> adder(int n) {
        return x -> x + n;
    }

    public static void main(String[] args) {
        Main m = new Main();
        List<Supplier<Integer>> suppliers = m.makeSuppliers();
        m.bonus = 100;
        for (Supplier<Integer> s : suppliers) {
            System.out.print(s.get() + " ");
        }
        System.out.println();
        String prefix = "lvl-";
        Function<Integer, String> label = n -> prefix + n;
        System.out.println(label.apply(7) + " " + adder(5).apply(10) + " " + adder(-1).andThen(adder(10)).apply(0));
        List<Runnable> tasks = new ArrayList<>();
        for (String name : new String[] {"a", "b", "c"}) {
            tasks.add(() -> System.out.print("run " + name + "; "));
        }
        tasks.forEach(Runnable::run);
        System.out.println();
        int[] counter = {0};
        Runnable inc = () -> counter[0]++;
        for (int i = 0; i < 5; i++) {
            inc.run();
        }
        System.out.println("counter " + counter[0]);
        BiFunction<Integer, Integer, Integer> power = (base, exp) -> {
            int r = 1;
            for (int i = 0; i < exp; i++) {
                r *= base;
            }
            return r;
        };
        IntBinaryOperator max = (a, b) -> a >= b ? a : b;
        System.out.println(power.apply(3, 4) + " " + power.andThen(x -> x / 2).apply(2, 5) + " " + max.applyAsInt(4, 9));
        Predicate<String> longName = s -> s.length() > 4;
        Predicate<String> startsK = s -> s.startsWith("K");
        for (String s : List.of("Kael", "Kassandra", "Lyra", "Alexander")) {
            System.out.print(longName.and(startsK).test(s) + "/" + longName.or(startsK).test(s) + "/" + longName.negate().test(s) + " ");
        }
        System.out.println();
        UnaryOperator<String> twice = s -> s + s;
        Function<String, Integer> len = String::length;
        System.out.println(twice.andThen(len).apply("abc") + " " + len.compose(twice).apply("xy") + " " + Function.<Integer>identity().apply(9));
        Validator v = s -> s != null && !s.isBlank();
        System.out.println(v.check("x") + " " + v.check(" ") + " " + v.check(null));
        Supplier<Supplier<String>> nested = () -> () -> prefix + "nested";
        System.out.println(nested.get().get());
        m.runWithThis();
    }

    void runWithThis() {
        Runnable r = () -> System.out.println("bonus via this: " + this.bonus + " " + bonus);
        bonus++;
        r.run();
    }
}
