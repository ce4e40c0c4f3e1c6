package java.lang;

// Double is *float64 as a declared type (nil is null), float64 as a type argument.
@GoType("*float64")
public final class Double extends Number implements Comparable<Double> {
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    @Go("java.NewBox[float64]({0})") public Double(double value) {}
    @Go("java.NewBox(java.DoubleParseDouble({0}))") public Double(String s) throws NumberFormatException {}
    @Go("java.DoubleToString({0})") public static String toString(double d) {}
    @Go("java.DoubleValueOfString({0})") public static Double valueOf(String s) throws NumberFormatException {}
    @Go("java.DoubleValueOf({0})") public static Double valueOf(double d) {}
    public static double parseDouble(String s) throws NumberFormatException {}
    @Go("java.DoubleIsNaN({0})") public static boolean isNaN(double v) {}
    @Go("java.DoubleIsInfinite({0})") public static boolean isInfinite(double v) {}
    public static boolean isFinite(double d) {}
    @Go("java.DoubleIsNaN(java.Unbox({this}))") public boolean isNaN() {}
    @Go("java.DoubleIsInfinite(java.Unbox({this}))") public boolean isInfinite() {}
    @Go("java.NumberByteValue({this})") public byte byteValue() {}
    @Go("java.NumberShortValue({this})") public short shortValue() {}
    @Go("java.NumberIntValue({this})") public int intValue() {}
    @Go("java.NumberLongValue({this})") public long longValue() {}
    @Go("java.NumberFloatValue({this})") public float floatValue() {}
    @Go("java.NumberDoubleValue({this})") public double doubleValue() {}
    @Go("java.Str({this})") public String toString() {}
    @Go("java.HashCode({this})") public int hashCode() {}
    @Go("java.Equals({this}, {0})") public boolean equals(Object obj) {}
    @Go("java.Compare({this}, {0})") public int compareTo(Double anotherDouble) {}
    @Go("java.DoubleHashCode({0})") public static int hashCode(double value) {}
    public static long doubleToLongBits(double value) {}
    public static native long doubleToRawLongBits(double value);
    public static native double longBitsToDouble(long bits);
    public static int compare(double d1, double d2) {}
    public static double sum(double a, double b) {}
    public static double max(double a, double b) {}
    public static double min(double a, double b) {}
}
