// float prints its own shortest form; widening a float to double shows the binary error.
public class Main {
    public static void main(String[] args) {
        float f = 0.1f;
        System.out.println(f);
        System.out.println((double) f);
        System.out.println(1.0f / 3);
        System.out.println(1.0 / 3);
        float sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += 0.1f;
        }
        System.out.println(sum);
        System.out.println(Float.MAX_VALUE + " " + Float.MIN_VALUE + " " + 1e10f + " " + 16777217f + " " + 1.0e-3f + " " + 1.0e7f);
        System.out.println(100f + " " + 3.14159f + " " + (float) Math.PI + " " + (f * 3) + " " + (f * 3.0));
        float big = 123456789f;
        System.out.println(big + " " + (int) big + " " + (long) big);
        double d = 0.1f + 0.2;
        System.out.println(d);
        System.out.println((float) 0.1 + (float) 0.2);
        System.out.println(Float.compare(1.5f, 2.5f) + " " + Float.toString(2.5f) + " " + Float.parseFloat("2.71828"));
        float ratio = 7 / 2f;
        System.out.println(ratio + " " + Float.floatToIntBits(1.0f) + " " + Math.abs(-2.5f) + " " + Math.max(1.5f, 2));
        System.out.println((0.1f == 0.1) + " " + (0.5f == 0.5));
    }
}
