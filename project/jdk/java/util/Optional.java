package java.util;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

// Go: *java.Optional[T] (util_optional.go). Empty is a flag, so an Optional<Integer> can
// hold 0; ofNullable treats nil pointers/interfaces as null. map and flatMap are the
// functions java.OptionalMap and java.OptionalFlatMap.
public final class Optional<T> {
    @Go("java.OptionalEmpty[{T}]()") public static <T> Optional<T> empty() {}
    @Go("java.OptionalOf[{T}]({0})") public static <T> Optional<T> of(T value) {}
    @Go("java.OptionalOfNullable[{T}]({0})") public static <T> Optional<T> ofNullable(T value) {}
    public T get() {}
    public boolean isPresent() {}
    public boolean isEmpty() {}
    public void ifPresent(Consumer<? super T> action) {}
    public void ifPresentOrElse(Consumer<? super T> action, Runnable emptyAction) {}
    public Optional<T> filter(Predicate<? super T> predicate) {}
    @Go("java.OptionalMap({this}, {0})") public <U> Optional<U> map(Function<? super T, ? extends U> mapper) {}
    @Go("java.OptionalFlatMap({this}, {0})") public <U> Optional<U> flatMap(Function<? super T, ? extends Optional<? extends U>> mapper) {}
    public Optional<T> or(Supplier<? extends Optional<? extends T>> supplier) {}
    public Stream<T> stream() {}
    public T orElse(T other) {}
    public T orElseGet(Supplier<? extends T> supplier) {}
    @Go("{this}.OrElseThrow()") public T orElseThrow() {}
    @Go("java.OptionalOrElseThrowWith[{T}, {X}]({this}, {0})") public <X extends Throwable> T orElseThrow(Supplier<? extends X> exceptionSupplier) throws X {}
}
