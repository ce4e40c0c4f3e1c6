package java.util.function;

// Go: interface java.IntToLongFunction { ApplyAsLong(v int32) int64 }; a lambda is java.IntToLongFunctionFunc(func...).
public interface IntToLongFunction {
    long applyAsLong(int value);
}
