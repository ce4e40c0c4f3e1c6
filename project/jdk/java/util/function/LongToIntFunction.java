package java.util.function;

// Go: interface java.LongToIntFunction { ApplyAsInt(v int64) int32 }; a lambda is java.LongToIntFunctionFunc(func...).
public interface LongToIntFunction {
    int applyAsInt(long value);
}
