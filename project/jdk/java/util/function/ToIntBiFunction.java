package java.util.function;

// Go: interface java.ToIntBiFunction[T, U] { ApplyAsInt(t T, u U) int32 }; a lambda is java.ToIntBiFunctionFunc[T, U](func...).
public interface ToIntBiFunction<T, U> {
    int applyAsInt(T t, U u);
}
