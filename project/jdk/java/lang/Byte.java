package java.lang;

// Byte is *int8 as a declared type (nil is null), int8 as a type argument.
@GoType("*int8")
public final class Byte extends Number implements Comparable<Byte> {
    public static final byte MIN_VALUE = -128;
    public static final byte MAX_VALUE = 127;
    public static final int SIZE = 8;
    public static final int BYTES = 1;
    @Go("java.NewBox[int8]({0})") public Byte(byte value) {}
    @Go("java.NewBox(java.ByteParseByte({0}))") public Byte(String s) throws NumberFormatException {}
    @Go("java.ByteToString({0})") public static String toString(byte b) {}
    @Go("java.ByteValueOf({0})") public static Byte valueOf(byte b) {}
    @Go("java.ByteParseByte2({0}, {1})") public static byte parseByte(String s, int radix) throws NumberFormatException {}
    @Go("java.ByteParseByte({0})") public static byte parseByte(String s) throws NumberFormatException {}
    @Go("java.ByteValueOfString({0})") public static Byte valueOf(String s) throws NumberFormatException {}
    @Go("java.NumberByteValue({this})") public byte byteValue() {}
    @Go("java.NumberShortValue({this})") public short shortValue() {}
    @Go("java.NumberIntValue({this})") public int intValue() {}
    @Go("java.NumberLongValue({this})") public long longValue() {}
    @Go("java.NumberFloatValue({this})") public float floatValue() {}
    @Go("java.NumberDoubleValue({this})") public double doubleValue() {}
    @Go("java.Str({this})") public String toString() {}
    @Go("java.HashCode({this})") public int hashCode() {}
    @Go("java.Equals({this}, {0})") public boolean equals(Object obj) {}
    @Go("java.Compare({this}, {0})") public int compareTo(Byte anotherByte) {}
    @Go("java.ByteHashCode({0})") public static int hashCode(byte value) {}
    public static int compare(byte x, byte y) {}
    public static int toUnsignedInt(byte x) {}
    public static long toUnsignedLong(byte x) {}
}
