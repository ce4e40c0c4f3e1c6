package java.util;

import java.util.function.DoubleConsumer;

// Go: *java.OptionalDouble (util_optional.go); getAsDouble is AsDouble.
public final class OptionalDouble {
    @Go("java.OptionalDoubleEmpty()") public static OptionalDouble empty() {}
    @Go("java.OptionalDoubleOf({0})") public static OptionalDouble of(double value) {}
    public double getAsDouble() {}
    public boolean isPresent() {}
    public boolean isEmpty() {}
    public void ifPresent(DoubleConsumer action) {}
    public double orElse(double other) {}
    public double orElseThrow() {}
}
