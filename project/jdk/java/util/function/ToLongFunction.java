package java.util.function;

// Go: interface java.ToLongFunction[T] { ApplyAsLong(t T) int64 }; a lambda is java.ToLongFunctionFunc[T](func...).
public interface ToLongFunction<T> {
    long applyAsLong(T value);
}
