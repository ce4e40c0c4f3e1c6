package java.util;

// Go: *java.TreeSet[E] (util_treemap.go): the keys of a TreeMap.
public class TreeSet<E> implements NavigableSet<E> {
    @Go("java.NewTreeSet[{E}]()") public TreeSet() {}
    @Go("java.NewTreeSetWith[{E}]({0})") public TreeSet(Comparator<? super E> comparator) {}
    @Go("java.NewTreeSetFrom[{E}]({0})") public TreeSet(Collection<? extends E> c) {}
    @Go("java.NewTreeSetFrom[{E}]({0})") public TreeSet(SortedSet<E> s) {}
    public Object clone() {}
}
