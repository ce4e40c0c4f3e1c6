package java.util;

// Only the nested entry class is implemented: AbstractMap itself has no Go type.
public abstract class AbstractMap<K, V> implements Map<K, V> {
    // Go: *java.AbstractMapSimpleEntry[K, V] (util_map.go).
    public static class SimpleEntry<K, V> implements Map.Entry<K, V> {
        @Go("java.NewAbstractMapSimpleEntry[{K}, {V}]({0}, {1})") public SimpleEntry(K key, V value) {}
        @Go("java.NewAbstractMapSimpleEntryFrom[{K}, {V}]({0})") public SimpleEntry(Map.Entry<? extends K, ? extends V> entry) {}
        public K getKey() {}
        public V getValue() {}
        public V setValue(V value) {}
    }
}
