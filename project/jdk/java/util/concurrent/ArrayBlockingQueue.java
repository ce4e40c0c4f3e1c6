package java.util.concurrent;

import java.util.Collection;

// Go: *java.ArrayBlockingQueue[E] (conc_arrayblockingqueue.go): bounded, FIFO.
public class ArrayBlockingQueue<E> implements BlockingQueue<E> {
    @Go("java.NewArrayBlockingQueue[{E}]({0})") public ArrayBlockingQueue(int capacity) {}
    @Go("java.NewArrayBlockingQueue2[{E}]({0}, {1})") public ArrayBlockingQueue(int capacity, boolean fair) {}
    @Go("java.NewArrayBlockingQueueFrom[{E}]({0}, {1}, {2})") public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {}
}
