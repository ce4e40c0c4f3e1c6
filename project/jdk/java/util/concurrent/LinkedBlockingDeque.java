package java.util.concurrent;

// Go: *java.LinkedBlockingDeque[E] (util_concurrent_queue.go).
public class LinkedBlockingDeque<E> implements BlockingDeque<E> {
    @Go("java.NewLinkedBlockingDeque[{E}]()") public LinkedBlockingDeque() {}
    @Go("java.NewLinkedBlockingDequeCap[{E}]({0})") public LinkedBlockingDeque(int capacity) {}
}
