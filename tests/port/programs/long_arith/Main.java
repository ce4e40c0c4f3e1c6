// 64-bit arithmetic: overflow, mixed int/long promotion, hex and binary spellings.
public class Main {
    public static void main(String[] args) {
        long max = Long.MAX_VALUE;
        System.out.println(max + 1);
        System.out.println(max * 3);
        System.out.println(Long.MIN_VALUE / -1);
        long big = 1L << 40;
        System.out.println(big + " " + (big >> 3) + " " + (int) big + " " + (int) (big + 7));
        long f = 1;
        for (int i = 1; i <= 25; i++) {
            f *= i;
        }
        System.out.println("25! wrapped = " + f);
        long seed = 0x5DEECE66DL;
        long state = 42;
        for (int i = 0; i < 5; i++) {
            state = (state * seed + 0xBL) & ((1L << 48) - 1);
            System.out.println(state + " " + (int) (state >>> 16));
        }
        System.out.println(Long.toHexString(-1L) + " " + Long.toHexString(255L) + " " + Long.toBinaryString(10L));
        System.out.println(Long.toString(-255L, 16) + " " + Long.bitCount(max) + " " + Long.numberOfTrailingZeros(big));
        System.out.println(-7L / 2 + " " + -7L % 2 + " " + Long.MIN_VALUE % 10);
        int a = 100000;
        int b = 100000;
        long wrong = a * b;
        long right = (long) a * b;
        System.out.println(wrong + " " + right);
        long mixed = a + 1L * b * b;
        System.out.println(mixed);
        System.out.println(Long.compare(3L, 7L) + " " + Long.signum(-99L) + " " + Long.hashCode(1L << 33));
        long exp = 1_000_000_000_000L;
        System.out.println(exp / 7 + " " + exp % 7 + " " + (exp ^ (exp >>> 32)));
    }
}
