package java.util.function;

// Go: interface java.IntPredicate { Test(v int32) bool }; a lambda is java.IntPredicateFunc(func...).
public interface IntPredicate {
    boolean test(int value);
    @Go("java.IntPredicateAnd({this}, {0})") default IntPredicate and(IntPredicate other) {}
    @Go("java.IntPredicateNegate({this})") default IntPredicate negate() {}
    @Go("java.IntPredicateOr({this}, {0})") default IntPredicate or(IntPredicate other) {}
}
