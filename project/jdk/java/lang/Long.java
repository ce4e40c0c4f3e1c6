package java.lang;

// Long is *int64 as a declared type (nil is null), int64 as a type argument.
@GoType("*int64")
public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    @Go("java.NewBox[int64]({0})") public Long(long value) {}
    @Go("java.NewBox(java.LongParseLong({0}))") public Long(String s) throws NumberFormatException {}
    @Go("java.LongToString2({0}, {1})") public static String toString(long i, int radix) {}
    public static String toUnsignedString(long i) {}
    public static String toHexString(long i) {}
    public static String toOctalString(long i) {}
    public static String toBinaryString(long i) {}
    @Go("java.LongToString({0})") public static String toString(long i) {}
    @Go("java.LongParseLong2({0}, {1})") public static long parseLong(String s, int radix) throws NumberFormatException {}
    @Go("java.LongParseLong({0})") public static long parseLong(String s) throws NumberFormatException {}
    @Go("java.LongParseUnsignedLong({0})") public static long parseUnsignedLong(String s) throws NumberFormatException {}
    @Go("java.LongValueOfString2({0}, {1})") public static Long valueOf(String s, int radix) throws NumberFormatException {}
    @Go("java.LongValueOfString({0})") public static Long valueOf(String s) throws NumberFormatException {}
    @Go("java.LongValueOf({0})") public static Long valueOf(long l) {}
    public static Long decode(String nm) throws NumberFormatException {}
    @Go("java.NumberByteValue({this})") public byte byteValue() {}
    @Go("java.NumberShortValue({this})") public short shortValue() {}
    @Go("java.NumberIntValue({this})") public int intValue() {}
    @Go("java.NumberLongValue({this})") public long longValue() {}
    @Go("java.NumberFloatValue({this})") public float floatValue() {}
    @Go("java.NumberDoubleValue({this})") public double doubleValue() {}
    @Go("java.Str({this})") public String toString() {}
    @Go("java.HashCode({this})") public int hashCode() {}
    @Go("java.Equals({this}, {0})") public boolean equals(Object obj) {}
    @Go("java.Compare({this}, {0})") public int compareTo(Long anotherLong) {}
    @Go("java.LongHashCode({0})") public static int hashCode(long value) {}
    public static int compare(long x, long y) {}
    public static int compareUnsigned(long x, long y) {}
    public static long divideUnsigned(long dividend, long divisor) {}
    public static long remainderUnsigned(long dividend, long divisor) {}
    public static long highestOneBit(long i) {}
    public static long lowestOneBit(long i) {}
    public static int numberOfLeadingZeros(long i) {}
    public static int numberOfTrailingZeros(long i) {}
    public static int bitCount(long i) {}
    public static long rotateLeft(long i, int distance) {}
    public static long rotateRight(long i, int distance) {}
    public static long reverse(long i) {}
    public static int signum(long i) {}
    public static long reverseBytes(long i) {}
    public static long sum(long a, long b) {}
    public static long max(long a, long b) {}
    public static long min(long a, long b) {}
}
