// Wrapper class constants and bit utilities: MIN/MAX values, bitCount, highestOneBit,
// numberOfLeadingZeros, reverse, compare, signum, Character ranges.
public class Main {
    public static void main(String[] args) {
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Long.MIN_VALUE);
        System.out.println(Short.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Byte.MIN_VALUE + " " + (int) Character.MAX_VALUE + " " + (int) Character.MIN_VALUE);
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Float.MAX_VALUE + " " + Double.POSITIVE_INFINITY + " " + Integer.SIZE + " " + Long.BYTES);
        System.out.println(Integer.bitCount(255) + " " + Integer.bitCount(-1) + " " + Integer.highestOneBit(100) + " " + Integer.lowestOneBit(100) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfTrailingZeros(64));
        System.out.println(Integer.reverse(1) + " " + Integer.reverseBytes(0x01020304) + " " + Integer.signum(-9) + " " + Integer.compare(5, 3) + " " + Integer.max(3, 8) + " " + Integer.min(3, 8));
        System.out.println(Long.highestOneBit(1000L) + " " + Long.numberOfLeadingZeros(1L) + " " + Long.reverse(1L) + " " + Long.rotateLeft(1L, 65));
        System.out.println(Character.isDigit('3') + " " + Character.isLetter('ж') + " " + Character.isAlphabetic('1') + " " + Character.isSpaceChar(' ') + " " + Character.digit('f', 16) + " " + Character.digit('z', 10));
        System.out.println(Boolean.logicalXor(true, false) + " " + Boolean.compare(true, false) + " " + Boolean.toString(false) + " " + Character.compare('a', 'b') + " " + Short.compare((short) 1, (short) 5));
        System.out.println(Double.compare(Double.NaN, 1.0) + " " + Double.max(-0.0, 0.0) + " " + Double.sum(0.1, 0.2) + " " + Double.MIN_NORMAL + " " + Float.MIN_NORMAL);
        System.out.println(Integer.valueOf(5).equals(5) + " " + Long.valueOf(5).equals(5) + " " + Integer.valueOf(65).byteValue() + " " + Double.valueOf(3.9).intValue() + " " + Integer.valueOf(300).byteValue());
        System.out.println(Integer.toHexString(Float.floatToIntBits(-2.5f)) + " " + Float.intBitsToFloat(0x40490fdb));
    }
}
