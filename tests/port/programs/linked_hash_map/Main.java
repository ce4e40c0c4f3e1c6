// LinkedHashMap keeps insertion order (re-put does not move a key), access order for an LRU
// cache with removeEldestEntry; LinkedHashSet likewise.
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

public class Main {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;

        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) {
                System.out.println("evict " + eldest.getKey());
            }
            return evict;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("zulu", 1);
        m.put("alpha", 2);
        m.put("mike", 3);
        m.put("bravo", 4);
        m.put("alpha", 20);
        System.out.println(m);
        m.remove("mike");
        m.put("mike", 30);
        System.out.println(m.keySet() + " " + m.values());
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            e.setValue(e.getValue() * 2);
        }
        System.out.println(m);
        Lru<Integer, String> cache = new Lru<>(3);
        cache.put(1, "one");
        cache.put(2, "two");
        cache.put(3, "three");
        cache.get(1);
        cache.put(4, "four");
        cache.get(3);
        cache.put(5, "five");
        System.out.println(cache);
        Set<String> seen = new LinkedHashSet<>();
        for (String w : "the quick brown fox jumps over the lazy dog the end".split(" ")) {
            seen.add(w);
        }
        System.out.println(seen + " " + seen.size());
        Map<Integer, Integer> squares = new LinkedHashMap<>();
        for (int i = 10; i > 0; i -= 2) {
            squares.put(i, i * i);
        }
        System.out.println(squares + " first=" + squares.keySet().iterator().next());
        Map<String, Integer> copy = new LinkedHashMap<>(m);
        copy.putIfAbsent("zulu", 0);
        copy.putIfAbsent("yankee", 0);
        System.out.println(copy);
    }
}
