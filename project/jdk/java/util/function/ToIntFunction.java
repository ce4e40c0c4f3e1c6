package java.util.function;

// Go: interface java.ToIntFunction[T] { ApplyAsInt(t T) int32 }; a lambda is java.ToIntFunctionFunc[T](func...).
public interface ToIntFunction<T> {
    int applyAsInt(T value);
}
