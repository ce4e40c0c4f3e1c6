package java.util.function;

// Go: interface java.DoubleBinaryOperator { ApplyAsDouble(a, b float64) float64 }; a lambda is java.DoubleBinaryOperatorFunc(func...).
public interface DoubleBinaryOperator {
    double applyAsDouble(double left, double right);
}
