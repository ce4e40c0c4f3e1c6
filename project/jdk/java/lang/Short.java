package java.lang;

// Short is *int16 as a declared type (nil is null), int16 as a type argument.
@GoType("*int16")
public final class Short extends Number implements Comparable<Short> {
    public static final short MIN_VALUE = -32768;
    public static final short MAX_VALUE = 32767;
    public static final int SIZE = 16;
    public static final int BYTES = 2;
    @Go("java.NewBox[int16]({0})") public Short(short value) {}
    @Go("java.NewBox(java.ShortParseShort({0}))") public Short(String s) throws NumberFormatException {}
    @Go("java.ShortToString({0})") public static String toString(short s) {}
    @Go("java.ShortParseShort2({0}, {1})") public static short parseShort(String s, int radix) throws NumberFormatException {}
    @Go("java.ShortParseShort({0})") public static short parseShort(String s) throws NumberFormatException {}
    @Go("java.ShortValueOfString({0})") public static Short valueOf(String s) throws NumberFormatException {}
    @Go("java.ShortValueOf({0})") public static Short valueOf(short s) {}
    @Go("java.NumberByteValue({this})") public byte byteValue() {}
    @Go("java.NumberShortValue({this})") public short shortValue() {}
    @Go("java.NumberIntValue({this})") public int intValue() {}
    @Go("java.NumberLongValue({this})") public long longValue() {}
    @Go("java.NumberFloatValue({this})") public float floatValue() {}
    @Go("java.NumberDoubleValue({this})") public double doubleValue() {}
    @Go("java.Str({this})") public String toString() {}
    @Go("java.HashCode({this})") public int hashCode() {}
    @Go("java.Equals({this}, {0})") public boolean equals(Object obj) {}
    @Go("java.Compare({this}, {0})") public int compareTo(Short anotherShort) {}
    @Go("java.ShortHashCode({0})") public static int hashCode(short value) {}
    public static int compare(short x, short y) {}
    public static short reverseBytes(short i) {}
    public static int toUnsignedInt(short x) {}
}
