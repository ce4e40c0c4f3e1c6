// Narrowing of floating point values: Java saturates, NaN becomes 0, fractions truncate.
public class Main {
    public static void main(String[] args) {
        double[] values = {1e20, -1e20, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            3.99, -3.99, 0.5, -0.5, 2147483647.5, -2147483648.7, 1e10};
        for (double d : values) {
            System.out.println(d + " -> int " + (int) d + ", long " + (long) d + ", short " + (short) d
                + ", byte " + (byte) d + ", char " + (int) (char) d);
        }
        System.out.println((long) 1e30 + " " + (long) -1e30);
        System.out.println((int) 1e20f + " " + (int) Float.NaN + " " + (long) 3.5e18f);
        System.out.println((char) 65.7 + " " + (byte) 300.5 + " " + (int) (float) 16777217);
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(-2.6) + " " + Math.round(2.4f));
        System.out.println(Math.round(1e20) + " " + Math.round(Double.NaN) + " " + Math.round(1e10f));
        System.out.println(Math.floor(-1.5) + " " + Math.ceil(-1.5) + " " + Math.rint(2.5) + " " + Math.rint(3.5));
        int total = 0;
        for (int i = 1; i <= 10; i++) {
            total += (int) (i * 1.1);
        }
        System.out.println(total);
        double ratio = 7 / 2;
        System.out.println(ratio + " " + 7 / 2.0 + " " + (double) 7 / 2 + " " + (int) (7 / 2.0));
    }
}
