package java.util;

// Go: interface java.Queue[E]. remove() is RemoveHead; poll/peek return E's zero value
// (null) when the queue is empty.
public interface Queue<E> extends Collection<E> {
    boolean add(E e);
    boolean offer(E e);
    @Go("{this}.RemoveHead()") E remove();
    @Go("{this}.Remove({0})") boolean remove(Object o);
    E poll();
    E element();
    E peek();
}
