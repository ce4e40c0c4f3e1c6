package java.util;

// Go: *java.TreeMap[K, V] (util_treemap.go): Java's red-black tree; natural ordering is
// java.CompareOf.
public class TreeMap<K, V> implements NavigableMap<K, V> {
    @Go("java.NewTreeMap[{K}, {V}]()") public TreeMap() {}
    @Go("java.NewTreeMapWith[{K}, {V}]({0})") public TreeMap(Comparator<? super K> comparator) {}
    @Go("java.NewTreeMapFrom[{K}, {V}]({0})") public TreeMap(Map<? extends K, ? extends V> m) {}
    @Go("java.NewTreeMapFrom[{K}, {V}]({0})") public TreeMap(SortedMap<K, ? extends V> m) {}
    public Object clone() {}
}
