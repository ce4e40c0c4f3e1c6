// Method references of every kind: static, bound, unbound, constructor, array constructor,
// this:: and super::.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

public class Main {
    static class Npc {
        private final String name;
        private final int level;

        Npc(String name) {
            this(name, 1);
        }

        Npc(String name, int level) {
            this.name = name;
            this.level = level;
        }

        String greet(String other) {
            return name + " greets " + other;
        }

        @Override
        public String toString() {
            return name + "(" + level + ")";
        }
    }

    static class Base {
        String hello() {
            return "base hello";
        }
    }

    static class Child extends Base {
        @Override
        String hello() {
            return "child hello";
        }

        String both() {
            Supplier<String> mine = this::hello;
            Supplier<String> parent = super::hello;
            return mine.get() + " / " + parent.get();
        }
    }

    static int twice(int x) {
        return x * 2;
    }

    public static void main(String[] args) {
        Function<Integer, Integer> st = Main::twice;
        Npc guard = new Npc("Guard", 20);
        Function<String, String> bound = guard::greet;
        Function<String, Integer> unbound = String::length;
        BiFunction<Npc, String, String> unbound2 = Npc::greet;
        Function<String, Npc> ctor = Npc::new;
        BiFunction<String, Integer, Npc> ctor2 = Npc::new;
        IntFunction<int[]> arrCtor = int[]::new;
        Supplier<List<String>> listCtor = ArrayList::new;
        System.out.println(st.apply(21) + " " + bound.apply("you") + " " + unbound.apply("hello") + " " + unbound2.apply(new Npc("Elder"), "me"));
        System.out.println(ctor.apply("Spawned") + " " + ctor2.apply("Boss", 80) + " " + arrCtor.apply(4).length);
        List<String> list = listCtor.get();
        list.add("b");
        list.add("a");
        list.sort(String::compareTo);
        System.out.println(list);
        System.out.println(Arrays.asList("x", "yy", "zzz").stream().map(String::toUpperCase).map(Npc::new).collect(Collectors.toList()));
        System.out.println(new Child().both());
        String[] words = {"delta", "Alpha", "charlie", "Bravo"};
        Arrays.sort(words, String::compareToIgnoreCase);
        System.out.println(Arrays.toString(words));
        List<Integer> nums = List.of(3, 1, 2);
        nums.forEach(System.out::print);
        System.out.println();
        Function<Integer, String> toStr = String::valueOf;
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println(toStr.andThen(parse).apply(77) + 1);
    }
}
