package java.util.concurrent.atomic;

public class AtomicLongArray {
    @Go("java.NewAtomicLongArray({0})") public AtomicLongArray(int length) {}
    @Go("java.NewAtomicLongArray2({0})") public AtomicLongArray(long[] array) {}

    public final int length() {}
    @Go("{this}.Get({0})") public final long get(int i) {}
    public final void set(int i, long newValue) {}
    public final long getAndSet(int i, long newValue) {}
    public final boolean compareAndSet(int i, long expectedValue, long newValue) {}
    public final long getAndIncrement(int i) {}
    public final long getAndAdd(int i, long delta) {}
    public final long incrementAndGet(int i) {}
    public final long decrementAndGet(int i) {}
    public final long addAndGet(int i, long delta) {}
    public String toString() {}
}
