package java.util.function;

// Go: interface java.LongToDoubleFunction { ApplyAsDouble(v int64) float64 }; a lambda is java.LongToDoubleFunctionFunc(func...).
public interface LongToDoubleFunction {
    double applyAsDouble(long value);
}
