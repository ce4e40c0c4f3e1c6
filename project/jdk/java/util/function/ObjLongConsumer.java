package java.util.function;

// Go: interface java.ObjLongConsumer[T] { Accept(t T, v int64) }; a lambda is java.ObjLongConsumerFunc[T](func...).
public interface ObjLongConsumer<T> {
    void accept(T t, long value);
}
