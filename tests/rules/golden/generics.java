import java.util.*;

public class Registry<K, V> {
    private final Map<K, V> _values = new HashMap<>();

    public void register(K key, V value) {
        _values.put(key, value);
    }

    public V find(K key) {
        return _values.get(key);
    }

    public int count() {
        return _values.size();
    }

    public static <T extends Comparable<T>> T largest(List<T> items) {
        T best = items.get(0);
        for (T item : items) {
            if (item.compareTo(best) > 0) {
                best = item;
            }
        }
        return best;
    }
}
