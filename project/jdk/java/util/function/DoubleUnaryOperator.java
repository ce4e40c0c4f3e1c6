package java.util.function;

// Go: interface java.DoubleUnaryOperator { ApplyAsDouble(v float64) float64 }; a lambda is java.DoubleUnaryOperatorFunc(func...).
public interface DoubleUnaryOperator {
    double applyAsDouble(double operand);
}
