// Math: exact operations printed in full, transcendental ones through a fixed precision
// (Java allows 1 ulp there), min/max of mixed types, abs, signum, hypot, exact arithmetic.
public class Main {
    public static void main(String[] args) {
        System.out.println(Math.sqrt(16) + " " + Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.cbrt(27) + " " + Math.hypot(3, 4));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(1.5, 2) + " " + Math.pow(0, 0) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(10, 15));
        System.out.println(Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-2.5) + " " + Math.abs(-0.0) + " " + Math.signum(-3.2) + " " + Math.signum(0.0));
        System.out.println(Math.max(1, 2) + " " + Math.max(1L, 2) + " " + Math.max(1.0, 2) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1) + " " + Math.min(3f, 2));
        System.out.println(Math.floor(2.7) + " " + Math.ceil(2.1) + " " + Math.floor(-2.7) + " " + Math.ceil(-2.1) + " " + Math.round(0.49999999999999994) + " " + Math.rint(-2.5));
        System.out.printf("%.10f %.10f %.10f %.10f%n", Math.sin(1), Math.cos(1), Math.tan(0.5), Math.atan2(1, 2));
        System.out.printf("%.10f %.10f %.10f %.10f%n", Math.exp(2), Math.log(10), Math.log10(1000), Math.asin(0.5));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.sin(0) + " " + Math.cos(0) + " " + Math.log(1) + " " + Math.exp(0));
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.addExact(2, 3) + " " + Math.multiplyExact(6L, 7L) + " " + Math.negateExact(-4));
        try {
            Math.addExact(Integer.MAX_VALUE, 1);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.toIntExact(1L << 40);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Math.min(Math.max(15, 0), 10) + " " + StrictMath.sqrt(9.0) + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0) + " " + Math.fma(2.0, 3.0, 1.0));
        double dist = Math.sqrt(Math.pow(3000 - 100, 2) + Math.pow(-500 - 250, 2));
        System.out.println(dist + " " + (int) dist + " " + Math.round(dist));
    }
}
