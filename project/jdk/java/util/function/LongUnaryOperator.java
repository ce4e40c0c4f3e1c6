package java.util.function;

// Go: interface java.LongUnaryOperator { ApplyAsLong(v int64) int64 }; a lambda is java.LongUnaryOperatorFunc(func...).
public interface LongUnaryOperator {
    long applyAsLong(long operand);
}
