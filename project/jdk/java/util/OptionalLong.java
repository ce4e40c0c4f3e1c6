package java.util;

import java.util.function.LongConsumer;

// Go: *java.OptionalLong (util_optional.go); getAsLong is AsLong.
public final class OptionalLong {
    @Go("java.OptionalLongEmpty()") public static OptionalLong empty() {}
    @Go("java.OptionalLongOf({0})") public static OptionalLong of(long value) {}
    public long getAsLong() {}
    public boolean isPresent() {}
    public boolean isEmpty() {}
    public void ifPresent(LongConsumer action) {}
    public long orElse(long other) {}
    public long orElseThrow() {}
}
