// Local classes and local records declared in methods, capturing parameters and locals.
import java.util.ArrayList;
import java.util.List;

public class Main {
    interface Shape {
        double area();
    }

    static List<Shape> build(double scale) {
        String unit = "m2";
        class Rect implements Shape {
            final double w;
            final double h;

            Rect(double w, double h) {
                this.w = w * scale;
                this.h = h * scale;
            }

            public double area() {
                return w * h;
            }

            @Override
            public String toString() {
                return "Rect " + w + "x" + h + " = " + area() + unit;
            }
        }
        List<Shape> out = new ArrayList<>();
        out.add(new Rect(1, 2));
        out.add(new Rect(3, 0.5));
        return out;
    }

    static String summarize(List<Integer> values) {
        record Stats(int min, int max, double mean) {
            String span() {
                return min + ".." + max;
            }
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        long sum = 0;
        for (int v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        Stats s = new Stats(min, max, (double) sum / values.size());
        return s + " span " + s.span();
    }

    static int countWithHelper(int[] data, int threshold) {
        class Counter {
            int count;

            void offer(int v) {
                if (v > threshold) {
                    count++;
                }
            }
        }
        Counter c = new Counter();
        for (int d : data) {
            c.offer(d);
        }
        return c.count;
    }

    public static void main(String[] args) {
        for (Shape s : build(2.0)) {
            System.out.println(s);
        }
        System.out.println(summarize(List.of(4, 8, -2, 10)));
        System.out.println(countWithHelper(new int[] {1, 5, 10, 15}, 4));
        enum Dir { NORTH, SOUTH }
        System.out.println(Dir.SOUTH + " " + Dir.valueOf("NORTH").ordinal());
    }
}
