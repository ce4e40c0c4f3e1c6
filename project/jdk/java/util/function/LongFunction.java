package java.util.function;

// Go: interface java.LongFunction[R] { Apply(v int64) R }; a lambda is java.LongFunctionFunc[R](func...).
public interface LongFunction<R> {
    R apply(long value);
}
