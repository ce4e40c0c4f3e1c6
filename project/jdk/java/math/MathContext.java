package java.math;

public final class MathContext {
    public static final MathContext UNLIMITED;
    public static final MathContext DECIMAL32;
    public static final MathContext DECIMAL64;
    public static final MathContext DECIMAL128;

    @Go("java.NewMathContext({0})") public MathContext(int setPrecision) {}
    @Go("java.NewMathContext2({0}, {1})") public MathContext(int setPrecision, RoundingMode setRoundingMode) {}
}
