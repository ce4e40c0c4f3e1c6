package java.util.function;

// Go: interface java.BiPredicate[T, U] { Test(t T, u U) bool }; a lambda is java.BiPredicateFunc[T, U](func...).
public interface BiPredicate<T, U> {
    boolean test(T t, U u);
    @Go("java.BiPredicateAnd({this}, {0})") default BiPredicate<T, U> and(BiPredicate<? super T, ? super U> other) {}
    @Go("java.BiPredicateNegate({this})") default BiPredicate<T, U> negate() {}
    @Go("java.BiPredicateOr({this}, {0})") default BiPredicate<T, U> or(BiPredicate<? super T, ? super U> other) {}
}
