package java.util.stream;

import java.util.DoubleSummaryStatistics;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;

// Go: interface java.DoubleStream (util_stream_prim.go): sum and average use Java's
// compensated summation; mapToObj is java.DoubleStreamMapToObj.
public interface DoubleStream {
    void close();
    DoubleStream filter(DoublePredicate predicate);
    DoubleStream map(DoubleUnaryOperator mapper);
    @Go("java.DoubleStreamMapToObj({this}, {0})") <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper);
    IntStream mapToInt(DoubleToIntFunction mapper);
    LongStream mapToLong(DoubleToLongFunction mapper);
    DoubleStream distinct();
    DoubleStream sorted();
    DoubleStream peek(DoubleConsumer action);
    DoubleStream limit(long maxSize);
    DoubleStream skip(long n);
    void forEach(DoubleConsumer action);
    double[] toArray();
    double reduce(double identity, DoubleBinaryOperator op);
    double sum();
    OptionalDouble min();
    OptionalDouble max();
    long count();
    OptionalDouble average();
    DoubleSummaryStatistics summaryStatistics();
    boolean anyMatch(DoublePredicate predicate);
    boolean allMatch(DoublePredicate predicate);
    boolean noneMatch(DoublePredicate predicate);
    OptionalDouble findFirst();
    @Go("java.DoubleStreamBoxed({this})") Stream<Double> boxed();
    @Go("java.DoubleStreamEmpty()") public static DoubleStream empty() {}
    @Go("java.DoubleStreamOf({0})") public static DoubleStream of(double t) {}
    @Go("java.DoubleStreamOf({args})") public static DoubleStream of(double... values) {}
}
