import java.util.*;
import java.util.function.*;

public class Lambdas {
    public static List<Integer> evens(List<Integer> values) {
        List<Integer> out = new ArrayList<>();
        Predicate<Integer> even = v -> v % 2 == 0;
        for (int v : values) {
            if (even.test(v)) {
                out.add(v);
            }
        }
        out.sort((a, b) -> b - a);
        return out;
    }

    public static int total(List<String> words) {
        return words.stream().filter(w -> !w.isEmpty()).mapToInt(String::length).sum();
    }
}
