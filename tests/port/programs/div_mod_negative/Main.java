// Integer division truncates toward zero; % takes the dividend's sign; floorMod/floorDiv do not.
public class Main {
    public static void main(String[] args) {
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {-1, 3}};
        for (int[] p : pairs) {
            int a = p[0];
            int b = p[1];
            System.out.println(a + "/" + b + "=" + (a / b) + " " + a + "%" + b + "=" + (a % b)
                + " floorDiv=" + Math.floorDiv(a, b) + " floorMod=" + Math.floorMod(a, b));
        }
        System.out.println(-7.5 % 2 + " " + 7.5 % -2 + " " + 5.0 % 0 + " " + -0.0 + " " + (0.0 == -0.0));
        System.out.println(1 / 0.0 + " " + -1 / 0.0 + " " + 0.0 / 0.0 + " " + (0.0 / 0.0 == 0.0 / 0.0));
        try {
            System.out.println(10 / (args.length));
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException: " + e.getMessage());
        }
        try {
            System.out.println(10 % (args.length));
        } catch (ArithmeticException e) {
            System.out.println("caught again: " + e.getMessage());
        }
        try {
            long zero = args.length;
            System.out.println(10L / zero);
        } catch (ArithmeticException e) {
            System.out.println("long: " + e.getMessage());
        }
        int minutes = -130;
        System.out.println(minutes / 60 + "h " + minutes % 60 + "m, floor " + Math.floorDiv(minutes, 60) + "h " + Math.floorMod(minutes, 60) + "m");
        int heading = -5000;
        System.out.println((heading % 65536 + 65536) % 65536);
    }
}
