package java.util.function;

// Go: interface java.ToDoubleBiFunction[T, U] { ApplyAsDouble(t T, u U) float64 }; a lambda is java.ToDoubleBiFunctionFunc[T, U](func...).
public interface ToDoubleBiFunction<T, U> {
    double applyAsDouble(T t, U u);
}
