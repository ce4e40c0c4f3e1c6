package java.math;

public class BigDecimal implements Comparable<BigDecimal> {
    public static final BigDecimal ZERO;
    public static final BigDecimal ONE;
    public static final BigDecimal TEN;

    @Go("java.NewBigDecimal({0})") public BigDecimal(String val) {}
    @Go("java.NewBigDecimal2({0})") public BigDecimal(double val) {}
    @Go("java.NewBigDecimal3({0})") public BigDecimal(BigInteger val) {}
    @Go("java.NewBigDecimal4({0}, {1})") public BigDecimal(BigInteger unscaledVal, int scale) {}
    @Go("java.NewBigDecimal5({0})") public BigDecimal(int val) {}
    @Go("java.NewBigDecimal6({0})") public BigDecimal(long val) {}

    @Go("java.BigDecimalValueOf({0})") public static BigDecimal valueOf(double val) {}
    @Go("java.BigDecimalValueOfLong({0})") public static BigDecimal valueOf(long val) {}
    @Go("java.BigDecimalValueOfScaled({0}, {1})") public static BigDecimal valueOf(long unscaledVal, int scale) {}

    public BigDecimal add(BigDecimal augend) {}
    public BigDecimal subtract(BigDecimal subtrahend) {}
    public BigDecimal multiply(BigDecimal multiplicand) {}
    @Go("{this}.Divide({0})") public BigDecimal divide(BigDecimal divisor) {}
    @Go("{this}.DivideScale({0}, {1}, {2})") public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {}
    @Go("{this}.DivideMC({0}, {1})") public BigDecimal divide(BigDecimal divisor, MathContext mc) {}
    public BigDecimal remainder(BigDecimal divisor) {}
    public BigDecimal pow(int n) {}
    public BigDecimal negate() {}
    public BigDecimal abs() {}
    public int signum() {}
    public int scale() {}
    public int precision() {}
    public BigInteger unscaledValue() {}
    @Go("{this}.SetScale({0}, {1})") public BigDecimal setScale(int newScale, RoundingMode roundingMode) {}
    @Go("{this}.SetScale2({0})") public BigDecimal setScale(int newScale) {}
    public BigDecimal round(MathContext mc) {}
    public BigDecimal stripTrailingZeros() {}
    public int compareTo(BigDecimal val) {}
    public BigDecimal max(BigDecimal val) {}
    public BigDecimal min(BigDecimal val) {}
    public boolean equals(Object x) {}
    public int hashCode() {}
    public String toString() {}
    public String toPlainString() {}
    public BigInteger toBigInteger() {}
    public double doubleValue() {}
    public float floatValue() {}
    public long longValue() {}
    public int intValue() {}
}
