package java.util;

// Go: *java.HashMap[K, V] (util_hashmap.go): Java 17's table, so it iterates in Java's
// bucket order for keys with deterministic hash codes (strings, numbers).
public class HashMap<K, V> implements Map<K, V> {
    @Go("java.NewHashMapCapLoad[{K}, {V}]({0}, {1})") public HashMap(int initialCapacity, float loadFactor) {}
    @Go("java.NewHashMapCap[{K}, {V}]({0})") public HashMap(int initialCapacity) {}
    @Go("java.NewHashMap[{K}, {V}]()") public HashMap() {}
    @Go("java.NewHashMapFrom[{K}, {V}]({0})") public HashMap(Map<? extends K, ? extends V> m) {}
    public Object clone() {}
}
