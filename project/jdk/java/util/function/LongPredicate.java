package java.util.function;

// Go: interface java.LongPredicate { Test(v int64) bool }; a lambda is java.LongPredicateFunc(func...).
public interface LongPredicate {
    boolean test(long value);
}
