package java.util.concurrent;

import java.util.Collection;
import java.util.List;

// Go: *java.CopyOnWriteArrayList[E] (util_cow.go): iterators see the array of the moment.
public class CopyOnWriteArrayList<E> implements List<E> {
    @Go("java.NewCopyOnWriteArrayList[{E}]()") public CopyOnWriteArrayList() {}
    @Go("java.NewCopyOnWriteArrayListFrom[{E}]({0})") public CopyOnWriteArrayList(Collection<? extends E> c) {}
    @Go("java.NewCopyOnWriteArrayListOf[{E}]({0})") public CopyOnWriteArrayList(E[] toCopyIn) {}
    public boolean addIfAbsent(E e) {}
    public int addAllAbsent(Collection<? extends E> c) {}
    public Object clone() {}
}
