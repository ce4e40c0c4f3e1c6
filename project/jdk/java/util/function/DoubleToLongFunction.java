package java.util.function;

// Go: interface java.DoubleToLongFunction { ApplyAsLong(v float64) int64 }; a lambda is java.DoubleToLongFunctionFunc(func...).
public interface DoubleToLongFunction {
    long applyAsLong(double value);
}
