package java.util.function;

// Go: interface java.IntUnaryOperator { ApplyAsInt(v int32) int32 }; a lambda is java.IntUnaryOperatorFunc(func...).
public interface IntUnaryOperator {
    int applyAsInt(int operand);
    @Go("java.IntUnaryOperatorCompose({this}, {0})") default IntUnaryOperator compose(IntUnaryOperator before) {}
    @Go("java.IntUnaryOperatorAndThen({this}, {0})") default IntUnaryOperator andThen(IntUnaryOperator after) {}
    @Go("java.IntUnaryOperatorIdentity()") static IntUnaryOperator identity() {}
}
