package java.util.concurrent;

import java.util.Collection;
import java.util.Deque;

// Go: *java.ConcurrentLinkedDeque[E] (util_concurrent_queue.go).
public class ConcurrentLinkedDeque<E> implements Deque<E> {
    @Go("java.NewConcurrentLinkedDeque[{E}]()") public ConcurrentLinkedDeque() {}
    @Go("java.NewConcurrentLinkedDequeFrom[{E}]({0})") public ConcurrentLinkedDeque(Collection<? extends E> c) {}
}
