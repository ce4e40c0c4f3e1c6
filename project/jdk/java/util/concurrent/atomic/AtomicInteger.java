package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

public class AtomicInteger {
    @Go("java.NewAtomicInteger()") public AtomicInteger() {}
    @Go("java.NewAtomicInteger2({0})") public AtomicInteger(int initialValue) {}

    @Go("{this}.Get()") public final int get() {}
    public final void set(int newValue) {}
    public final void lazySet(int newValue) {}
    public final int getAndSet(int newValue) {}
    public final boolean compareAndSet(int expectedValue, int newValue) {}
    public final boolean weakCompareAndSetPlain(int expectedValue, int newValue) {}
    @Go("{this}.GetAndIncrement()") public final int getAndIncrement() {}
    @Go("{this}.GetAndDecrement()") public final int getAndDecrement() {}
    public final int getAndAdd(int delta) {}
    public final int incrementAndGet() {}
    public final int decrementAndGet() {}
    public final int addAndGet(int delta) {}
    public final int getAndUpdate(IntUnaryOperator updateFunction) {}
    public final int updateAndGet(IntUnaryOperator updateFunction) {}
    public final int getAndAccumulate(int x, IntBinaryOperator accumulatorFunction) {}
    public final int accumulateAndGet(int x, IntBinaryOperator accumulatorFunction) {}
    public int intValue() {}
    public long longValue() {}
    public float floatValue() {}
    public double doubleValue() {}
    public short shortValue() {}
    public byte byteValue() {}
    public String toString() {}
}
