package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

// Go: interface java.IntStream (util_stream_prim.go); mapToObj is java.IntStreamMapToObj,
// collect java.IntStreamCollect. sum() wraps as int arithmetic does.
public interface IntStream {
    IntStream sequential();
    IntStream parallel();
    IntStream unordered();
    IntStream onClose(Runnable closeHandler);
    void close();
    boolean isParallel();
    IntStream filter(IntPredicate predicate);
    IntStream map(IntUnaryOperator mapper);
    @Go("java.IntStreamMapToObj({this}, {0})") <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);
    LongStream mapToLong(IntToLongFunction mapper);
    DoubleStream mapToDouble(IntToDoubleFunction mapper);
    IntStream flatMap(IntFunction<? extends IntStream> mapper);
    IntStream distinct();
    IntStream sorted();
    IntStream peek(IntConsumer action);
    IntStream limit(long maxSize);
    IntStream skip(long n);
    default IntStream takeWhile(IntPredicate predicate) {}
    default IntStream dropWhile(IntPredicate predicate) {}
    void forEach(IntConsumer action);
    @Go("{this}.ForEach({0})") void forEachOrdered(IntConsumer action);
    int[] toArray();
    @Go("{this}.Reduce({0}, {1})") int reduce(int identity, IntBinaryOperator op);
    @Go("{this}.ReduceOptional({0})") OptionalInt reduce(IntBinaryOperator op);
    @Go("java.IntStreamCollect({this}, {0}, {1}, {2})") <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);
    int sum();
    OptionalInt min();
    OptionalInt max();
    long count();
    OptionalDouble average();
    IntSummaryStatistics summaryStatistics();
    boolean anyMatch(IntPredicate predicate);
    boolean allMatch(IntPredicate predicate);
    boolean noneMatch(IntPredicate predicate);
    OptionalInt findFirst();
    OptionalInt findAny();
    LongStream asLongStream();
    DoubleStream asDoubleStream();
    @Go("java.IntStreamBoxed({this})") Stream<Integer> boxed();
    @Go("java.IntStreamEmpty()") public static IntStream empty() {}
    @Go("java.IntStreamOf({0})") public static IntStream of(int t) {}
    @Go("java.IntStreamOf({args})") public static IntStream of(int... values) {}
    @Go("java.IntStreamIterate({0}, {1})") public static IntStream iterate(final int seed, final IntUnaryOperator f) {}
    @Go("java.IntStreamIterateWhile({0}, {1}, {2})") public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {}
    public static IntStream generate(IntSupplier s) {}
    public static IntStream range(int startInclusive, int endExclusive) {}
    public static IntStream rangeClosed(int startInclusive, int endInclusive) {}
    public static IntStream concat(IntStream a, IntStream b) {}
}
