package java.util.function;

// Go: interface java.IntToDoubleFunction { ApplyAsDouble(v int32) float64 }; a lambda is java.IntToDoubleFunctionFunc(func...).
public interface IntToDoubleFunction {
    double applyAsDouble(int value);
}
