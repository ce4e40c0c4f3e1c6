package java.util.function;

import java.util.Comparator;

// Go: interface java.BinaryOperator[T] (a java.BiFunction[T, T, T]); a lambda is
// java.BinaryOperatorFunc[T](func(a, b T) T {...}).
public interface BinaryOperator<T> extends BiFunction<T, T, T> {
    @Go("java.BinaryOperatorMinBy({0})") public static <T> BinaryOperator<T> minBy(Comparator<? super T> comparator) {}
    @Go("java.BinaryOperatorMaxBy({0})") public static <T> BinaryOperator<T> maxBy(Comparator<? super T> comparator) {}
}
