package java.util.function;

// Go: interface java.BiFunction[T, U, R] { Apply(t T, u U) R }; a lambda is java.BiFunctionFunc[T, U, R](func...).
public interface BiFunction<T, U, R> {
    R apply(T t, U u);
    @Go("java.BiFunctionAndThen({this}, {0})") default <V> BiFunction<T, U, V> andThen(Function<? super R, ? extends V> after) {}
}
