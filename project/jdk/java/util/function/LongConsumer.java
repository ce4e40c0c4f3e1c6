package java.util.function;

// Go: interface java.LongConsumer { Accept(v int64) }; a lambda is java.LongConsumerFunc(func...).
public interface LongConsumer {
    void accept(long value);
}
