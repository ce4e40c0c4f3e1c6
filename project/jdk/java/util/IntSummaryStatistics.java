package java.util;

import java.util.function.IntConsumer;

// Go: *java.IntSummaryStatistics (util_stream_prim.go).
public class IntSummaryStatistics implements IntConsumer {
    @Go("java.NewIntSummaryStatistics()") public IntSummaryStatistics() {}
    public void accept(int value) {}
    public void combine(IntSummaryStatistics other) {}
    public final long getCount() {}
    public final long getSum() {}
    public final int getMin() {}
    public final double getAverage() {}
    public final int getMax() {}
}
