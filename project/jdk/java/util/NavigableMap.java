package java.util;

// Go: interface java.NavigableMap[K, V]. The boolean-bound views are *Inclusive; the *Key
// methods return K's zero value when there is no such key, the *Entry methods a nil entry.
public interface NavigableMap<K, V> extends SortedMap<K, V> {
    Map.Entry<K, V> lowerEntry(K key);
    K lowerKey(K key);
    Map.Entry<K, V> floorEntry(K key);
    K floorKey(K key);
    Map.Entry<K, V> ceilingEntry(K key);
    K ceilingKey(K key);
    Map.Entry<K, V> higherEntry(K key);
    K higherKey(K key);
    Map.Entry<K, V> firstEntry();
    Map.Entry<K, V> lastEntry();
    Map.Entry<K, V> pollFirstEntry();
    Map.Entry<K, V> pollLastEntry();
    NavigableMap<K, V> descendingMap();
    NavigableSet<K> navigableKeySet();
    NavigableSet<K> descendingKeySet();
    @Go("{this}.SubMapInclusive({0}, {1}, {2}, {3})") NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive);
    @Go("{this}.HeadMapInclusive({0}, {1})") NavigableMap<K, V> headMap(K toKey, boolean inclusive);
    @Go("{this}.TailMapInclusive({0}, {1})") NavigableMap<K, V> tailMap(K fromKey, boolean inclusive);
    @Go("{this}.SubMap({0}, {1})") SortedMap<K, V> subMap(K fromKey, K toKey);
    @Go("{this}.HeadMap({0})") SortedMap<K, V> headMap(K toKey);
    @Go("{this}.TailMap({0})") SortedMap<K, V> tailMap(K fromKey);
}
