// Double.toString spellings as JDK 17 prints them: plain inside [1e-3, 1e7), scientific
// outside, the digits of 0.1 + 0.2, special values.
public class Main {
    public static void main(String[] args) {
        double[] values = {1.0E10, 0.1 + 0.2, 1.0E-5, 100.0, 1e7, 9999999.0, 1e6, 0.001, 0.0001, 123456789.123,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.NEGATIVE_INFINITY, -0.0, 1.0 / 3, 2 / 3.0, 1e21,
            1e-4, 5e-324, 12345.678, 0.5, 1.0, -2.5e-8, 4.35, 2.675, 9007199254740993.0, 100.0 / 3};
        for (double d : values) {
            System.out.println(d);
        }
        System.out.println(Double.toString(3) + " " + String.valueOf(2e-3) + " " + Double.valueOf("1e3"));
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += 0.1;
        }
        System.out.println(sum + " " + (sum == 1.0));
        System.out.println("x=" + 1.5 + ", y=" + 1e-7 + ", z=" + (float) 1e-7);
        System.out.println(Math.PI + " " + Math.E + " " + Math.sqrt(2));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.isNaN(0.0 / 0.0) + " " + Double.isInfinite(1e308 * 10));
        System.out.println(Long.toHexString(Double.doubleToLongBits(1.0)) + " " + Double.longBitsToDouble(0x4000000000000000L));
    }
}
