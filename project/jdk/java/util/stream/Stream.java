package java.util.stream;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

// Go: interface java.Stream[T] (util_stream.go): lazy and sequential, with Java's
// observable behaviour (element-at-a-time stages, sorted as a barrier, short-circuiting,
// IllegalStateException on reuse, count() of a sized pipeline without running it). The
// operations that change the element type are functions: map is java.StreamMap, flatMap
// java.StreamFlatMap, collect java.StreamCollect. BaseStream's methods are declared here
// (BaseStream has no Go type).
public interface Stream<T> {
    Iterator<T> iterator();
    Stream<T> sequential();
    Stream<T> parallel();
    Stream<T> unordered();
    Stream<T> onClose(Runnable closeHandler);
    void close();
    boolean isParallel();
    Stream<T> filter(Predicate<? super T> predicate);
    @Go("java.StreamMap({this}, {0})") <R> Stream<R> map(Function<? super T, ? extends R> mapper);
    IntStream mapToInt(ToIntFunction<? super T> mapper);
    LongStream mapToLong(ToLongFunction<? super T> mapper);
    DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper);
    @Go("java.StreamFlatMap({this}, {0})") <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper);
    Stream<T> distinct();
    @Go("{this}.Sorted()") Stream<T> sorted();
    @Go("{this}.SortedWith({0})") Stream<T> sorted(Comparator<? super T> comparator);
    Stream<T> peek(Consumer<? super T> action);
    Stream<T> limit(long maxSize);
    Stream<T> skip(long n);
    default Stream<T> takeWhile(Predicate<? super T> predicate) {}
    default Stream<T> dropWhile(Predicate<? super T> predicate) {}
    void forEach(Consumer<? super T> action);
    @Go("{this}.ForEach({0})") void forEachOrdered(Consumer<? super T> action);
    @Go("{this}.ToArray()") Object[] toArray();
    @Go("{this}.ToArray()") <A> A[] toArray(IntFunction<A[]> generator);
    @Go("{this}.Reduce({0}, {1})") T reduce(T identity, BinaryOperator<T> accumulator);
    @Go("{this}.ReduceOptional({0})") Optional<T> reduce(BinaryOperator<T> accumulator);
    @Go("java.StreamReduce({this}, {0}, {1}, {2})") <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner);
    @Go("java.StreamCollectWith({this}, {0}, {1}, {2})") <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner);
    @Go("java.StreamCollect({this}, {0})") <R, A> R collect(Collector<? super T, A, R> collector);
    default List<T> toList() {}
    Optional<T> min(Comparator<? super T> comparator);
    Optional<T> max(Comparator<? super T> comparator);
    long count();
    boolean anyMatch(Predicate<? super T> predicate);
    boolean allMatch(Predicate<? super T> predicate);
    boolean noneMatch(Predicate<? super T> predicate);
    Optional<T> findFirst();
    Optional<T> findAny();
    @Go("java.StreamEmpty[{T}]()") public static <T> Stream<T> empty() {}
    @Go("java.StreamOf[{T}]({0})") public static <T> Stream<T> of(T t) {}
    @Go("java.StreamOfNullable[{T}]({0})") public static <T> Stream<T> ofNullable(T t) {}
    @Go("java.StreamOf[{T}]({args})") public static <T> Stream<T> of(T... values) {}
    @Go("java.StreamIterate[{T}]({0}, {1})") public static <T> Stream<T> iterate(T seed, UnaryOperator<T> f) {}
    @Go("java.StreamIterateWhile[{T}]({0}, {1}, {2})") public static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {}
    @Go("java.StreamGenerate[{T}]({0})") public static <T> Stream<T> generate(Supplier<? extends T> s) {}
    @Go("java.StreamConcat[{T}]({0}, {1})") public static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {}
}
