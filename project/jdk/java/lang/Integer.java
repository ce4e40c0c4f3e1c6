package java.lang;

// Integer is *int32 as a declared type (nil is null), int32 as a type argument.
@GoType("*int32")
public final class Integer extends Number implements Comparable<Integer> {
    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    public static final int SIZE = 32;
    public static final int BYTES = 4;
    @Go("java.NewBox[int32]({0})") public Integer(int value) {}
    @Go("java.NewBox(java.IntegerParseInt({0}))") public Integer(String s) throws NumberFormatException {}
    @Go("java.IntegerToString2({0}, {1})") public static String toString(int i, int radix) {}
    public static String toUnsignedString(int i) {}
    public static String toHexString(int i) {}
    public static String toOctalString(int i) {}
    public static String toBinaryString(int i) {}
    @Go("java.IntegerToString({0})") public static String toString(int i) {}
    @Go("java.IntegerParseInt2({0}, {1})") public static int parseInt(String s, int radix) throws NumberFormatException {}
    @Go("java.IntegerParseInt({0})") public static int parseInt(String s) throws NumberFormatException {}
    @Go("java.IntegerParseUnsignedInt2({0}, {1})") public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {}
    @Go("java.IntegerParseUnsignedInt({0})") public static int parseUnsignedInt(String s) throws NumberFormatException {}
    @Go("java.IntegerValueOfString2({0}, {1})") public static Integer valueOf(String s, int radix) throws NumberFormatException {}
    @Go("java.IntegerValueOfString({0})") public static Integer valueOf(String s) throws NumberFormatException {}
    @Go("java.IntegerValueOf({0})") public static Integer valueOf(int i) {}
    @Go("java.NumberByteValue({this})") public byte byteValue() {}
    @Go("java.NumberShortValue({this})") public short shortValue() {}
    @Go("java.NumberIntValue({this})") public int intValue() {}
    @Go("java.NumberLongValue({this})") public long longValue() {}
    @Go("java.NumberFloatValue({this})") public float floatValue() {}
    @Go("java.NumberDoubleValue({this})") public double doubleValue() {}
    @Go("java.Str({this})") public String toString() {}
    @Go("java.HashCode({this})") public int hashCode() {}
    @Go("java.Equals({this}, {0})") public boolean equals(Object obj) {}
    @Go("java.Compare({this}, {0})") public int compareTo(Integer anotherInteger) {}
    @Go("java.IntegerHashCode({0})") public static int hashCode(int value) {}
    public static Integer decode(String nm) throws NumberFormatException {}
    public static int compare(int x, int y) {}
    public static int compareUnsigned(int x, int y) {}
    public static long toUnsignedLong(int x) {}
    public static int divideUnsigned(int dividend, int divisor) {}
    public static int remainderUnsigned(int dividend, int divisor) {}
    public static int highestOneBit(int i) {}
    public static int lowestOneBit(int i) {}
    public static int numberOfLeadingZeros(int i) {}
    public static int numberOfTrailingZeros(int i) {}
    public static int bitCount(int i) {}
    public static int rotateLeft(int i, int distance) {}
    public static int rotateRight(int i, int distance) {}
    public static int reverse(int i) {}
    public static int signum(int i) {}
    public static int reverseBytes(int i) {}
    public static int sum(int a, int b) {}
    public static int max(int a, int b) {}
    public static int min(int a, int b) {}
}
