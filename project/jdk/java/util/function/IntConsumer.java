package java.util.function;

// Go: interface java.IntConsumer { Accept(v int32) }; a lambda is java.IntConsumerFunc(func...).
public interface IntConsumer {
    void accept(int value);
    @Go("java.IntConsumerAndThen({this}, {0})") default IntConsumer andThen(IntConsumer after) {}
}
