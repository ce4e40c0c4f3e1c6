package java.util.function;

// Go: interface java.DoubleConsumer { Accept(v float64) }; a lambda is java.DoubleConsumerFunc(func...).
public interface DoubleConsumer {
    void accept(double value);
}
