package java.util.function;

// Go: interface java.ToLongBiFunction[T, U] { ApplyAsLong(t T, u U) int64 }; a lambda is java.ToLongBiFunctionFunc[T, U](func...).
public interface ToLongBiFunction<T, U> {
    long applyAsLong(T t, U u);
}
