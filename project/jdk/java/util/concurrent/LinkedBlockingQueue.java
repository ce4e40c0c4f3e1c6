package java.util.concurrent;

import java.util.Collection;

// Go: *java.LinkedBlockingQueue[E] (util_concurrent_queue.go).
public class LinkedBlockingQueue<E> implements BlockingQueue<E> {
    @Go("java.NewLinkedBlockingQueue[{E}]()") public LinkedBlockingQueue() {}
    @Go("java.NewLinkedBlockingQueueCap[{E}]({0})") public LinkedBlockingQueue(int capacity) {}
    @Go("java.NewLinkedBlockingQueueFrom[{E}]({0})") public LinkedBlockingQueue(Collection<? extends E> c) {}
}
