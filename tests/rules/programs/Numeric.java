public class Numeric {
    static final int LIMIT = 0x7FFFFFFF;
    static final long BIG = 1L << 40;

    static int wrap(int a) {
        return a + 1;
    }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        System.out.println(max + 1);
        System.out.println(wrap(LIMIT));
        System.out.println(-7 / 2);
        System.out.println(-7 % 2);
        int x = -7;
        int y = 2;
        System.out.println(x / y + " " + x % y);
        System.out.println(x >>> 28);
        System.out.println(x >> 1);
        long l = -1L;
        System.out.println(l >>> 60);
        byte b = (byte) 200;
        System.out.println(b);
        System.out.println(b & 0xFF);
        int fromByte = b;
        System.out.println(fromByte);
        char c = 'a';
        c += 2;
        System.out.println(c);
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        int digit = '7' - '0';
        System.out.println(digit);
        double d = 7 / 2;
        System.out.println(d);
        System.out.println(7 / 2.0);
        System.out.println((int) 3.99);
        System.out.println((int) -3.99);
        short s = (short) 70000;
        System.out.println(s);
        System.out.println(BIG);
        long prod = 100000 * 100000;
        System.out.println(prod);
        long prod2 = 100000L * 100000;
        System.out.println(prod2);
        int sh = 1 << 33;
        System.out.println(sh);
        int n = 33;
        System.out.println(1 << n);
        System.out.println(Math.abs(Integer.MIN_VALUE));
        System.out.println(Math.max(3, 7L));
        System.out.println(10 == 10.0);
        System.out.println(0.1 + 0.2);
        System.out.println(1e10);
        System.out.println(100.0f / 3);
        int h = "hello".hashCode();
        System.out.println(h);
        x = 5;
        x *= 2.5;
        System.out.println(x);
        int i = 0;
        int[] arr = new int[3];
        arr[i++] = 5;
        System.out.println(arr[0] + " " + i + " " + arr.length);
        System.out.println(Integer.toBinaryString(-8).length() + " " + Integer.toHexString(255));
        System.out.println(Long.MAX_VALUE + " " + Integer.MIN_VALUE);
        System.out.println(Integer.parseInt("-123") + 1);
        System.out.println(~5 + " " + (5 ^ 3) + " " + (5 | 3) + " " + (5 & 3));
    }
}
