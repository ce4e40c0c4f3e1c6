package java.util.concurrent.atomic;

public class AtomicReferenceArray<E> {
    @Go("java.NewAtomicReferenceArray[{E}]({0})") public AtomicReferenceArray(int length) {}

    public final int length() {}
    @Go("{this}.Get({0})") public final E get(int i) {}
    public final void set(int i, E newValue) {}
    public final E getAndSet(int i, E newValue) {}
    public final boolean compareAndSet(int i, E expectedValue, E newValue) {}
    public String toString() {}
}
