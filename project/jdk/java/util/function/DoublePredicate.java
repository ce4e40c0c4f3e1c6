package java.util.function;

// Go: interface java.DoublePredicate { Test(v float64) bool }; a lambda is java.DoublePredicateFunc(func...).
public interface DoublePredicate {
    boolean test(double value);
}
