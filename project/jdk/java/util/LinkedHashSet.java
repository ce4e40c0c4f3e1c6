package java.util;

// Go: *java.LinkedHashSet[E] (util_hashset.go): insertion order. Declared as a Set, not
// as a HashSet subclass.
public class LinkedHashSet<E> implements Set<E> {
    @Go("java.NewLinkedHashSetCapLoad[{E}]({0}, {1})") public LinkedHashSet(int initialCapacity, float loadFactor) {}
    @Go("java.NewLinkedHashSetCap[{E}]({0})") public LinkedHashSet(int initialCapacity) {}
    @Go("java.NewLinkedHashSet[{E}]()") public LinkedHashSet() {}
    @Go("java.NewLinkedHashSetFrom[{E}]({0})") public LinkedHashSet(Collection<? extends E> c) {}
    public Object clone() {}
}
