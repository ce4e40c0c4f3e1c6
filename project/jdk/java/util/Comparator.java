package java.util;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

// Go: interface java.Comparator[T] { Compare(a, b T) int32 }; a lambda is
// java.ComparatorFunc[T](func(a, b T) int32 {...}). The default and static methods are
// functions (func_comparator.go), so an implementing class needs only Compare.
public interface Comparator<T> {
    int compare(T o1, T o2);
    @Go("java.ComparatorReversed({this})") default Comparator<T> reversed() {}
    @Go("java.ComparatorThenComparing({this}, {0})") default Comparator<T> thenComparing(Comparator<? super T> other) {}
    @Go("java.ComparatorThenComparingKeyWith({this}, {0}, {1})") default <U> Comparator<T> thenComparing(Function<? super T, ? extends U> keyExtractor, Comparator<? super U> keyComparator) {}
    @Go("java.ComparatorThenComparingKey({this}, {0})") default <U extends Comparable<? super U>> Comparator<T> thenComparing(Function<? super T, ? extends U> keyExtractor) {}
    @Go("java.ComparatorThenComparingInt({this}, {0})") default Comparator<T> thenComparingInt(ToIntFunction<? super T> keyExtractor) {}
    @Go("java.ComparatorThenComparingLong({this}, {0})") default Comparator<T> thenComparingLong(ToLongFunction<? super T> keyExtractor) {}
    @Go("java.ComparatorThenComparingDouble({this}, {0})") default Comparator<T> thenComparingDouble(ToDoubleFunction<? super T> keyExtractor) {}
    @Go("java.ComparatorReverseOrder[{T}]()") public static <T extends Comparable<? super T>> Comparator<T> reverseOrder() {}
    @Go("java.ComparatorNaturalOrder[{T}]()") public static <T extends Comparable<? super T>> Comparator<T> naturalOrder() {}
    @Go("java.ComparatorNullsFirst[{T}]({0})") public static <T> Comparator<T> nullsFirst(Comparator<? super T> comparator) {}
    @Go("java.ComparatorNullsLast[{T}]({0})") public static <T> Comparator<T> nullsLast(Comparator<? super T> comparator) {}
    @Go("java.ComparatorComparingWith[{T}, {U}]({0}, {1})") public static <T, U> Comparator<T> comparing(Function<? super T, ? extends U> keyExtractor, Comparator<? super U> keyComparator) {}
    @Go("java.ComparatorComparing[{T}, {U}]({0})") public static <T, U extends Comparable<? super U>> Comparator<T> comparing(Function<? super T, ? extends U> keyExtractor) {}
    @Go("java.ComparatorComparingInt[{T}]({0})") public static <T> Comparator<T> comparingInt(ToIntFunction<? super T> keyExtractor) {}
    @Go("java.ComparatorComparingLong[{T}]({0})") public static <T> Comparator<T> comparingLong(ToLongFunction<? super T> keyExtractor) {}
    @Go("java.ComparatorComparingDouble[{T}]({0})") public static <T> Comparator<T> comparingDouble(ToDoubleFunction<? super T> keyExtractor) {}
}
