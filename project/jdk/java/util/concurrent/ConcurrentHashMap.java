package java.util.concurrent;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

// Go: *java.ConcurrentHashMap[K, V] (util_chm.go): thread-safe, Java 17's table and
// transfer, so a map no goroutine is changing iterates in Java's order. keySet() is typed
// as the Map's Set<K> here (Java's KeySetView is returned by keySet(V) and newKeySet).
public class ConcurrentHashMap<K, V> implements Map<K, V> {
    @Go("java.NewConcurrentHashMap[{K}, {V}]()") public ConcurrentHashMap() {}
    @Go("java.NewConcurrentHashMapCap[{K}, {V}]({0})") public ConcurrentHashMap(int initialCapacity) {}
    @Go("java.NewConcurrentHashMapFrom[{K}, {V}]({0})") public ConcurrentHashMap(Map<? extends K, ? extends V> m) {}
    @Go("java.NewConcurrentHashMapCapLoad[{K}, {V}]({0}, {1}, 1)") public ConcurrentHashMap(int initialCapacity, float loadFactor) {}
    @Go("java.NewConcurrentHashMapCapLoad[{K}, {V}]({0}, {1}, {2})") public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {}
    public boolean contains(Object value) {}
    public long mappingCount() {}
    @Go("java.ConcurrentHashMapNewKeySet[{K}]()") public static <K> KeySetView<K, Boolean> newKeySet() {}
    @Go("java.ConcurrentHashMapNewKeySetCap[{K}]({0})") public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {}
    @Go("{this}.KeySetWith({0})") public KeySetView<K, V> keySet(V mappedValue) {}
    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {}
    public K reduceKeys(long parallelismThreshold, BiFunction<? super K, ? super K, ? extends K> reducer) {}
    @Go("java.ConcurrentHashMapReduce[{K}, {V}, {U}]({this}, {0}, {1}, {2})") public <U> U reduce(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer, BiFunction<? super U, ? super U, ? extends U> reducer) {}
    @Go("java.ConcurrentHashMapSearch[{K}, {V}, {U}]({this}, {0}, {1})") public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {}

    // Go: *java.ConcurrentHashMapKeySetView[K, V]: a Set of the map's keys; add puts the
    // key with the mapped value (UnsupportedOperationException without one).
    public static class KeySetView<K, V> implements Set<K> {
        public V getMappedValue() {}
        public ConcurrentHashMap<K, V> getMap() {}
    }
}
