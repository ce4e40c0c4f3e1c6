package java.util.concurrent;

import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;

// Go: *java.ConcurrentSkipListMap[K, V] (util_skiplist.go): TreeMap's order behind a
// lock; iterators and views iterate snapshots.
public class ConcurrentSkipListMap<K, V> implements NavigableMap<K, V> {
    @Go("java.NewConcurrentSkipListMap[{K}, {V}]()") public ConcurrentSkipListMap() {}
    @Go("java.NewConcurrentSkipListMapWith[{K}, {V}]({0})") public ConcurrentSkipListMap(Comparator<? super K> comparator) {}
    @Go("java.NewConcurrentSkipListMapFrom[{K}, {V}]({0})") public ConcurrentSkipListMap(Map<? extends K, ? extends V> m) {}
    @Go("java.NewConcurrentSkipListMapFrom[{K}, {V}]({0})") public ConcurrentSkipListMap(SortedMap<K, ? extends V> m) {}
    public ConcurrentSkipListMap<K, V> clone() {}
}
