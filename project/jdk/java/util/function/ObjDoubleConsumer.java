package java.util.function;

// Go: interface java.ObjDoubleConsumer[T] { Accept(t T, v float64) }; a lambda is java.ObjDoubleConsumerFunc[T](func...).
public interface ObjDoubleConsumer<T> {
    void accept(T t, double value);
}
