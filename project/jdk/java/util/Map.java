package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

// Go: interface java.Map[K, V] (util_map.go); Map.Entry is java.MapEntry[K, V]. Methods
// that return null for a missing key return V's zero value (nil for pointers). The
// overloads remove(key, value) and replace(key, old, new) are RemoveMapping and
// ReplaceMapping. Map.of keeps no nulls, rejects duplicate keys and iterates in argument
// order (Java's order is randomised per JVM run). `for k, v := range m.All()` iterates.
public interface Map<K, V> {
    int size();
    boolean isEmpty();
    boolean containsKey(Object key);
    boolean containsValue(Object value);
    V get(Object key);
    V put(K key, V value);
    @Go("{this}.Remove({0})") V remove(Object key);
    void putAll(Map<? extends K, ? extends V> m);
    void clear();
    Set<K> keySet();
    Collection<V> values();
    Set<Map.Entry<K, V>> entrySet();

    // Go: interface java.MapEntry[K, V] { Key() K; Value() V; SetValue(V) V }.
    interface Entry<K, V> {
        K getKey();
        V getValue();
        V setValue(V value);
        @Go("java.MapEntryComparingByKey[{K}, {V}]()") public static <K extends Comparable<? super K>, V> Comparator<Map.Entry<K, V>> comparingByKey() {}
        @Go("java.MapEntryComparingByValue[{K}, {V}]()") public static <K, V extends Comparable<? super V>> Comparator<Map.Entry<K, V>> comparingByValue() {}
        @Go("java.MapEntryComparingByKeyWith[{K}, {V}]({0})") public static <K, V> Comparator<Map.Entry<K, V>> comparingByKey(Comparator<? super K> cmp) {}
        @Go("java.MapEntryComparingByValueWith[{K}, {V}]({0})") public static <K, V> Comparator<Map.Entry<K, V>> comparingByValue(Comparator<? super V> cmp) {}
    }

    default V getOrDefault(Object key, V defaultValue) {}
    default void forEach(BiConsumer<? super K, ? super V> action) {}
    default void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {}
    default V putIfAbsent(K key, V value) {}
    @Go("{this}.RemoveMapping({0}, {1})") default boolean remove(Object key, Object value) {}
    @Go("{this}.ReplaceMapping({0}, {1}, {2})") default boolean replace(K key, V oldValue, V newValue) {}
    @Go("{this}.Replace({0}, {1})") default V replace(K key, V value) {}
    default V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {}
    default V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {}
    default V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {}
    default V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {}
    @Go("java.MapOf[{K}, {V}]()") static <K, V> Map<K, V> of() {}
    @Go("java.MapOf1[{K}, {V}]({args})") static <K, V> Map<K, V> of(K k1, V v1) {}
    @Go("java.MapOf2[{K}, {V}]({args})") static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2) {}
    @Go("java.MapOf3[{K}, {V}]({args})") static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {}
    @Go("java.MapOf4[{K}, {V}]({args})") static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {}
    @Go("java.MapOf5[{K}, {V}]({args})") static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {}
    @Go("java.MapOf6[{K}, {V}]({args})") static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6) {}
    @Go("java.MapOf7[{K}, {V}]({args})") static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7) {}
    @Go("java.MapOf8[{K}, {V}]({args})") static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8) {}
    @Go("java.MapOf9[{K}, {V}]({args})") static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9) {}
    @Go("java.MapOf10[{K}, {V}]({args})") static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9, K k10, V v10) {}
    @Go("java.MapOfEntries[{K}, {V}]({args})") static <K, V> Map<K, V> ofEntries(Entry<? extends K, ? extends V>... entries) {}
    @Go("java.MapEntryOf[{K}, {V}]({0}, {1})") static <K, V> Map.Entry<K, V> entry(K k, V v) {}
    @Go("java.MapCopyOf[{K}, {V}]({0})") static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {}
}
