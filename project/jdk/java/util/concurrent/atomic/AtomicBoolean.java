package java.util.concurrent.atomic;

public class AtomicBoolean {
    @Go("java.NewAtomicBoolean()") public AtomicBoolean() {}
    @Go("java.NewAtomicBoolean2({0})") public AtomicBoolean(boolean initialValue) {}

    @Go("{this}.Get()") public final boolean get() {}
    public final void set(boolean newValue) {}
    public final void lazySet(boolean newValue) {}
    public final boolean getAndSet(boolean newValue) {}
    public final boolean compareAndSet(boolean expectedValue, boolean newValue) {}
    public boolean weakCompareAndSetPlain(boolean expectedValue, boolean newValue) {}
    public String toString() {}
}
