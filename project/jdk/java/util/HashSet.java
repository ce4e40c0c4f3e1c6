package java.util;

// Go: *java.HashSet[E] (util_hashset.go): the keys of a HashMap, in its order.
public class HashSet<E> implements Set<E> {
    @Go("java.NewHashSet[{E}]()") public HashSet() {}
    @Go("java.NewHashSetFrom[{E}]({0})") public HashSet(Collection<? extends E> c) {}
    @Go("java.NewHashSetCapLoad[{E}]({0}, {1})") public HashSet(int initialCapacity, float loadFactor) {}
    @Go("java.NewHashSetCap[{E}]({0})") public HashSet(int initialCapacity) {}
    public Object clone() {}
}
