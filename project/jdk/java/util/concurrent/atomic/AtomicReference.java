package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

public class AtomicReference<V> {
    @Go("java.NewAtomicReference[{V}]()") public AtomicReference() {}
    @Go("java.NewAtomicReference2[{V}]({0})") public AtomicReference(V initialValue) {}

    @Go("{this}.Get()") public final V get() {}
    public final void set(V newValue) {}
    public final void lazySet(V newValue) {}
    public final V getAndSet(V newValue) {}
    public final boolean compareAndSet(V expectedValue, V newValue) {}
    public final boolean weakCompareAndSetPlain(V expectedValue, V newValue) {}
    public final V getAndUpdate(UnaryOperator<V> updateFunction) {}
    public final V updateAndGet(UnaryOperator<V> updateFunction) {}
    public final V getAndAccumulate(V x, BinaryOperator<V> accumulatorFunction) {}
    public final V accumulateAndGet(V x, BinaryOperator<V> accumulatorFunction) {}
    public String toString() {}
}
