package java.util.function;

// Go: interface java.Function[T, R] { Apply(t T) R }; a lambda is java.FunctionFunc[T, R](func...).
public interface Function<T, R> {
    R apply(T t);
    @Go("java.FunctionCompose({this}, {0})") default <V> Function<V, R> compose(Function<? super V, ? extends T> before) {}
    @Go("java.FunctionAndThen({this}, {0})") default <V> Function<T, V> andThen(Function<? super R, ? extends V> after) {}
    @Go("java.FunctionIdentity[{T}]()") static <T> Function<T, T> identity() {}
}
