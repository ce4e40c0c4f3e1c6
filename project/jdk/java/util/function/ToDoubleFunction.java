package java.util.function;

// Go: interface java.ToDoubleFunction[T] { ApplyAsDouble(t T) float64 }; a lambda is java.ToDoubleFunctionFunc[T](func...).
public interface ToDoubleFunction<T> {
    double applyAsDouble(T value);
}
