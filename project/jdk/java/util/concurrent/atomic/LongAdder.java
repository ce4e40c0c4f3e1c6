package java.util.concurrent.atomic;

public class LongAdder {
    @Go("java.NewLongAdder()") public LongAdder() {}

    public void add(long x) {}
    public void increment() {}
    public void decrement() {}
    public long sum() {}
    public void reset() {}
    public long sumThenReset() {}
    public int intValue() {}
    public long longValue() {}
    public float floatValue() {}
    public double doubleValue() {}
    public String toString() {}
}
