package java.util.function;

// Go: interface java.LongBinaryOperator { ApplyAsLong(a, b int64) int64 }; a lambda is java.LongBinaryOperatorFunc(func...).
public interface LongBinaryOperator {
    long applyAsLong(long left, long right);
}
