package java.util;

import java.util.function.LongConsumer;

// Go: *java.LongSummaryStatistics (util_stream_prim.go).
public class LongSummaryStatistics implements LongConsumer {
    @Go("java.NewLongSummaryStatistics()") public LongSummaryStatistics() {}
    public void accept(long value) {}
    public void combine(LongSummaryStatistics other) {}
    public final long getCount() {}
    public final long getSum() {}
    public final long getMin() {}
    public final double getAverage() {}
    public final long getMax() {}
}
