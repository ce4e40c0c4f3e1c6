package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

public class AtomicIntegerArray {
    @Go("java.NewAtomicIntegerArray({0})") public AtomicIntegerArray(int length) {}
    @Go("java.NewAtomicIntegerArray2({0})") public AtomicIntegerArray(int[] array) {}

    public final int length() {}
    @Go("{this}.Get({0})") public final int get(int i) {}
    public final void set(int i, int newValue) {}
    public final void lazySet(int i, int newValue) {}
    public final int getAndSet(int i, int newValue) {}
    public final boolean compareAndSet(int i, int expectedValue, int newValue) {}
    public final int getAndIncrement(int i) {}
    public final int getAndDecrement(int i) {}
    public final int getAndAdd(int i, int delta) {}
    public final int incrementAndGet(int i) {}
    public final int decrementAndGet(int i) {}
    public final int addAndGet(int i, int delta) {}
    public final int updateAndGet(int i, IntUnaryOperator updateFunction) {}
    public final int accumulateAndGet(int i, int x, IntBinaryOperator accumulatorFunction) {}
    public String toString() {}
}
