package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

public class AtomicLong {
    @Go("java.NewAtomicLong()") public AtomicLong() {}
    @Go("java.NewAtomicLong2({0})") public AtomicLong(long initialValue) {}

    @Go("{this}.Get()") public final long get() {}
    public final void set(long newValue) {}
    public final void lazySet(long newValue) {}
    public final long getAndSet(long newValue) {}
    public final boolean compareAndSet(long expectedValue, long newValue) {}
    public final boolean weakCompareAndSetPlain(long expectedValue, long newValue) {}
    @Go("{this}.GetAndIncrement()") public final long getAndIncrement() {}
    @Go("{this}.GetAndDecrement()") public final long getAndDecrement() {}
    public final long getAndAdd(long delta) {}
    public final long incrementAndGet() {}
    public final long decrementAndGet() {}
    public final long addAndGet(long delta) {}
    public final long getAndUpdate(LongUnaryOperator updateFunction) {}
    public final long updateAndGet(LongUnaryOperator updateFunction) {}
    public final long getAndAccumulate(long x, LongBinaryOperator accumulatorFunction) {}
    public final long accumulateAndGet(long x, LongBinaryOperator accumulatorFunction) {}
    public int intValue() {}
    public long longValue() {}
    public float floatValue() {}
    public double doubleValue() {}
    public String toString() {}
}
