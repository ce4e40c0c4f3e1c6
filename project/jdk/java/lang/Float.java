package java.lang;

// Float is *float32 as a declared type (nil is null), float32 as a type argument.
@GoType("*float32")
public final class Float extends Number implements Comparable<Float> {
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_NORMAL = 0x1.0p-126f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    public static final int MAX_EXPONENT = 127;
    public static final int MIN_EXPONENT = -126;
    public static final int SIZE = 32;
    public static final int BYTES = 4;
    @Go("java.NewBox[float32]({0})") public Float(float value) {}
    @Go("java.NewBox(float32({0}))") public Float(double value) {}
    @Go("java.NewBox(java.FloatParseFloat({0}))") public Float(String s) throws NumberFormatException {}
    @Go("java.FloatToString({0})") public static String toString(float f) {}
    @Go("java.FloatValueOfString({0})") public static Float valueOf(String s) throws NumberFormatException {}
    @Go("java.FloatValueOf({0})") public static Float valueOf(float f) {}
    public static float parseFloat(String s) throws NumberFormatException {}
    @Go("java.FloatIsNaN({0})") public static boolean isNaN(float v) {}
    @Go("java.FloatIsInfinite({0})") public static boolean isInfinite(float v) {}
    public static boolean isFinite(float f) {}
    @Go("java.FloatIsNaN(java.Unbox({this}))") public boolean isNaN() {}
    @Go("java.FloatIsInfinite(java.Unbox({this}))") public boolean isInfinite() {}
    @Go("java.NumberByteValue({this})") public byte byteValue() {}
    @Go("java.NumberShortValue({this})") public short shortValue() {}
    @Go("java.NumberIntValue({this})") public int intValue() {}
    @Go("java.NumberLongValue({this})") public long longValue() {}
    @Go("java.NumberFloatValue({this})") public float floatValue() {}
    @Go("java.NumberDoubleValue({this})") public double doubleValue() {}
    @Go("java.Str({this})") public String toString() {}
    @Go("java.HashCode({this})") public int hashCode() {}
    @Go("java.Equals({this}, {0})") public boolean equals(Object obj) {}
    @Go("java.Compare({this}, {0})") public int compareTo(Float anotherFloat) {}
    @Go("java.FloatHashCode({0})") public static int hashCode(float value) {}
    public static int floatToIntBits(float value) {}
    public static native int floatToRawIntBits(float value);
    public static native float intBitsToFloat(int bits);
    public static int compare(float f1, float f2) {}
    public static float sum(float a, float b) {}
    public static float max(float a, float b) {}
    public static float min(float a, float b) {}
}
