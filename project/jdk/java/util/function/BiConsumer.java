package java.util.function;

// Go: interface java.BiConsumer[T, U] { Accept(t T, u U) }; a lambda is java.BiConsumerFunc[T, U](func...).
public interface BiConsumer<T, U> {
    void accept(T t, U u);
    @Go("java.BiConsumerAndThen({this}, {0})") default BiConsumer<T, U> andThen(BiConsumer<? super T, ? super U> after) {}
}
