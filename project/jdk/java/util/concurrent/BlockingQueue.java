package java.util.concurrent;

import java.util.Collection;
import java.util.Queue;

// Go: interface java.BlockingQueue[E] (util_concurrent_queue.go). The timed overloads are
// OfferTimeout and PollTimeout; a poll that times out returns E's zero value (null).
public interface BlockingQueue<E> extends Queue<E> {
    boolean add(E e);
    @Go("{this}.Offer({0})") boolean offer(E e);
    void put(E e) throws InterruptedException;
    @Go("{this}.OfferTimeout({0}, {1}, {2})") boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException;
    E take() throws InterruptedException;
    @Go("{this}.PollTimeout({0}, {1})") E poll(long timeout, TimeUnit unit) throws InterruptedException;
    @Go("{this}.Poll()") E poll();
    int remainingCapacity();
    @Go("{this}.Remove({0})") boolean remove(Object o);
    @Go("{this}.RemoveHead()") E remove();
    boolean contains(Object o);
    @Go("{this}.DrainTo({0})") int drainTo(Collection<? super E> c);
    @Go("{this}.DrainToMax({0}, {1})") int drainTo(Collection<? super E> c, int maxElements);
}
