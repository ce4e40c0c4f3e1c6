package java.util.function;

// Go: interface java.UnaryOperator[T] (a java.Function[T, T]); a lambda is
// java.UnaryOperatorFunc[T](func(t T) T {...}).
public interface UnaryOperator<T> extends Function<T, T> {
    @Go("java.UnaryOperatorIdentity[{T}]()") static <T> UnaryOperator<T> identity() {}
}
