package java.util.function;

// Go: interface java.IntFunction[R] { Apply(v int32) R }; a lambda is java.IntFunctionFunc[R](func...).
public interface IntFunction<R> {
    R apply(int value);
}
