package java.util.function;

// Go: interface java.IntBinaryOperator { ApplyAsInt(a, b int32) int32 }; a lambda is java.IntBinaryOperatorFunc(func...).
public interface IntBinaryOperator {
    int applyAsInt(int left, int right);
}
