package java.util;

// Go: *java.PriorityQueue[E] (util_priorityqueue.go): Java's binary heap, so iteration
// and toString show Java's array order.
public class PriorityQueue<E> implements Queue<E> {
    @Go("java.NewPriorityQueue[{E}]()") public PriorityQueue() {}
    @Go("java.NewPriorityQueueCap[{E}]({0})") public PriorityQueue(int initialCapacity) {}
    @Go("java.NewPriorityQueueWith[{E}]({0})") public PriorityQueue(Comparator<? super E> comparator) {}
    @Go("java.NewPriorityQueueCapWith[{E}]({0}, {1})") public PriorityQueue(int initialCapacity, Comparator<? super E> comparator) {}
    @Go("java.NewPriorityQueueFrom[{E}]({0})") public PriorityQueue(Collection<? extends E> c) {}
    @Go("java.NewPriorityQueueFrom[{E}]({0})") public PriorityQueue(PriorityQueue<? extends E> c) {}
    @Go("java.NewPriorityQueueFrom[{E}]({0})") public PriorityQueue(SortedSet<? extends E> c) {}
    public Comparator<? super E> comparator() {}
}
