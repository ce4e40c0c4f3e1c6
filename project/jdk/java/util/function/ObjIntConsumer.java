package java.util.function;

// Go: interface java.ObjIntConsumer[T] { Accept(t T, v int32) }; a lambda is java.ObjIntConsumerFunc[T](func...).
public interface ObjIntConsumer<T> {
    void accept(T t, int value);
}
