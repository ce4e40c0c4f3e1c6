package java.util;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

// Go: *java.OptionalInt (util_optional.go); getAsInt is AsInt.
public final class OptionalInt {
    @Go("java.OptionalIntEmpty()") public static OptionalInt empty() {}
    @Go("java.OptionalIntOf({0})") public static OptionalInt of(int value) {}
    public int getAsInt() {}
    public boolean isPresent() {}
    public boolean isEmpty() {}
    public void ifPresent(IntConsumer action) {}
    public void ifPresentOrElse(IntConsumer action, Runnable emptyAction) {}
    public int orElse(int other) {}
    public int orElseGet(IntSupplier supplier) {}
    public int orElseThrow() {}
}
