package java.util;

// Go: *java.ArrayDeque[E] (util_arraydeque.go): no null elements.
public class ArrayDeque<E> implements Deque<E> {
    @Go("java.NewArrayDeque[{E}]()") public ArrayDeque() {}
    @Go("java.NewArrayDequeCap[{E}]({0})") public ArrayDeque(int numElements) {}
    @Go("java.NewArrayDequeFrom[{E}]({0})") public ArrayDeque(Collection<? extends E> c) {}
    public ArrayDeque<E> clone() {}
}
