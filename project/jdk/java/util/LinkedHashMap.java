package java.util;

// Go: *java.LinkedHashMap[K, V] (util_hashmap.go): insertion order, or access order with
// the three-argument constructor. Declared here as a Map, not as a HashMap subclass (Go
// has *java.HashMap and *java.LinkedHashMap as two types). @GoSelf: a subclass's
// constructor hands itself to InitSelf, so the runtime calls its removeEldestEntry.
@GoSelf
public class LinkedHashMap<K, V> implements Map<K, V> {
    @Go("java.NewLinkedHashMapCapLoad[{K}, {V}]({0}, {1})") public LinkedHashMap(int initialCapacity, float loadFactor) {}
    @Go("java.NewLinkedHashMapCap[{K}, {V}]({0})") public LinkedHashMap(int initialCapacity) {}
    @Go("java.NewLinkedHashMap[{K}, {V}]()") public LinkedHashMap() {}
    @Go("java.NewLinkedHashMapFrom[{K}, {V}]({0})") public LinkedHashMap(Map<? extends K, ? extends V> m) {}
    @Go("java.NewLinkedHashMapAccessOrder[{K}, {V}]({0}, {1}, {2})") public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {}
    public Object clone() {}
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {}
}
