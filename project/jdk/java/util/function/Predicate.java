package java.util.function;

// Go: interface java.Predicate[T] { Test(t T) bool }; a lambda is java.PredicateFunc[T](func...).
public interface Predicate<T> {
    boolean test(T t);
    @Go("java.PredicateAnd({this}, {0})") default Predicate<T> and(Predicate<? super T> other) {}
    @Go("java.PredicateNegate({this})") default Predicate<T> negate() {}
    @Go("java.PredicateOr({this}, {0})") default Predicate<T> or(Predicate<? super T> other) {}
    @Go("java.PredicateIsEqual[{T}]({0})") static <T> Predicate<T> isEqual(Object targetRef) {}
    @Go("java.PredicateNot({0})") static <T> Predicate<T> not(Predicate<? super T> target) {}
}
