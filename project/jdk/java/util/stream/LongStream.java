package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;

// Go: interface java.LongStream (util_stream_prim.go); mapToObj is java.LongStreamMapToObj.
public interface LongStream {
    void close();
    LongStream filter(LongPredicate predicate);
    LongStream map(LongUnaryOperator mapper);
    @Go("java.LongStreamMapToObj({this}, {0})") <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);
    IntStream mapToInt(LongToIntFunction mapper);
    DoubleStream mapToDouble(LongToDoubleFunction mapper);
    LongStream distinct();
    LongStream sorted();
    LongStream peek(LongConsumer action);
    LongStream limit(long maxSize);
    LongStream skip(long n);
    void forEach(LongConsumer action);
    long[] toArray();
    long reduce(long identity, LongBinaryOperator op);
    long sum();
    OptionalLong min();
    OptionalLong max();
    long count();
    OptionalDouble average();
    LongSummaryStatistics summaryStatistics();
    boolean anyMatch(LongPredicate predicate);
    boolean allMatch(LongPredicate predicate);
    boolean noneMatch(LongPredicate predicate);
    OptionalLong findFirst();
    DoubleStream asDoubleStream();
    @Go("java.LongStreamBoxed({this})") Stream<Long> boxed();
    @Go("java.LongStreamEmpty()") public static LongStream empty() {}
    @Go("java.LongStreamOf({0})") public static LongStream of(long t) {}
    @Go("java.LongStreamOf({args})") public static LongStream of(long... values) {}
    public static LongStream range(long startInclusive, long endExclusive) {}
    public static LongStream rangeClosed(long startInclusive, long endInclusive) {}
}
