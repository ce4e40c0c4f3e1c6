package java.util.function;

// Go: interface java.DoubleFunction[R] { Apply(v float64) R }; a lambda is java.DoubleFunctionFunc[R](func...).
public interface DoubleFunction<R> {
    R apply(double value);
}
