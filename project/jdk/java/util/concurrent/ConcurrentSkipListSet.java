package java.util.concurrent;

import java.util.Collection;
import java.util.Comparator;
import java.util.NavigableSet;

// Go: *java.ConcurrentSkipListSet[E] (util_skiplist.go).
public class ConcurrentSkipListSet<E> implements NavigableSet<E> {
    @Go("java.NewConcurrentSkipListSet[{E}]()") public ConcurrentSkipListSet() {}
    @Go("java.NewConcurrentSkipListSetWith[{E}]({0})") public ConcurrentSkipListSet(Comparator<? super E> comparator) {}
    @Go("java.NewConcurrentSkipListSetFrom[{E}]({0})") public ConcurrentSkipListSet(Collection<? extends E> c) {}
}
