import java.util.*;

public class Gen {
    private int _calls;

    <T> T first(List<T> items) {
        _calls++;
        return items.get(0);
    }

    static <K, V> Map<V, K> invert(Map<K, V> m) {
        Map<V, K> out = new HashMap<>();
        for (Map.Entry<K, V> e : m.entrySet()) {
            out.put(e.getValue(), e.getKey());
        }
        return out;
    }

    public static void main(String[] args) {
        Gen g = new Gen();
        String s = g.first(Arrays.asList("x", "y"));
        int n = g.first(List.of(4, 5));
        System.out.println(s + n + g._calls);
        Map<String, Integer> m = new HashMap<>();
        m.put("one", 1);
        Map<Integer, String> inv = invert(m);
        System.out.println(inv.get(1));
    }
}
