package java.util.function;

// Go: interface java.DoubleToIntFunction { ApplyAsInt(v float64) int32 }; a lambda is java.DoubleToIntFunctionFunc(func...).
public interface DoubleToIntFunction {
    int applyAsInt(double value);
}
