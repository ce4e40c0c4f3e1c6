package java.util.concurrent;

import java.util.Collection;
import java.util.Queue;

// Go: *java.ConcurrentLinkedQueue[E] (util_concurrent_queue.go): weakly consistent
// iterators, no null elements.
public class ConcurrentLinkedQueue<E> implements Queue<E> {
    @Go("java.NewConcurrentLinkedQueue[{E}]()") public ConcurrentLinkedQueue() {}
    @Go("java.NewConcurrentLinkedQueueFrom[{E}]({0})") public ConcurrentLinkedQueue(Collection<? extends E> c) {}
}
