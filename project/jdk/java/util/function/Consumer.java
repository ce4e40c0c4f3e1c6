package java.util.function;

// Go: interface java.Consumer[T] { Accept(t T) }; a lambda is java.ConsumerFunc[T](func...).
public interface Consumer<T> {
    void accept(T t);
    @Go("java.ConsumerAndThen({this}, {0})") default Consumer<T> andThen(Consumer<? super T> after) {}
}
