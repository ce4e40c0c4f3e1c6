package java.util;

import java.util.function.DoubleConsumer;

// Go: *java.DoubleSummaryStatistics (util_stream_prim.go).
public class DoubleSummaryStatistics implements DoubleConsumer {
    @Go("java.NewDoubleSummaryStatistics()") public DoubleSummaryStatistics() {}
    public void accept(double value) {}
    public final long getCount() {}
    public final double getSum() {}
    public final double getMin() {}
    public final double getAverage() {}
    public final double getMax() {}
}
