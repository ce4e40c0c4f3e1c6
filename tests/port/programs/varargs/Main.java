// Varargs: zero, one and many arguments, an array passed as is, null, generic varargs.
import java.util.Arrays;
import java.util.List;

public class Main {
    static int sum(int... values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    static String describe(String label, Object... parts) {
        return label + ":" + (parts == null ? "null" : parts.length + Arrays.toString(parts));
    }

    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        return Arrays.asList(items);
    }

    static String format(String pattern, Object... args) {
        return String.format(pattern, args);
    }

    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] {4, 5}));
        System.out.println(describe("none"));
        System.out.println(describe("one", "a"));
        System.out.println(describe("many", 1, 'c', 2.5, null));
        System.out.println(describe("array", (Object[]) new String[] {"x", "y"}));
        System.out.println(describe("nested", (Object) new String[] {"x", "y"}.length));
        System.out.println(describe("null", (Object[]) null));
        System.out.println(listOf("a", "b", "c") + " " + listOf() + " " + listOf(1, 2).size());
        System.out.println(format("%s-%s", "left", "right") + " " + format("none"));
        System.out.println(String.join("|", "a", "b") + " " + Arrays.asList(1, 2, 3) + " " + List.of().size());
    }
}
