// String + of mixed types: left-to-right evaluation, char + int, doubles, objects with toString.
public class Main {
    static class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    public static void main(String[] args) {
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println("1+2=" + 1 + 2);
        System.out.println("1+2=" + (1 + 2));
        System.out.println('a' + 1 + "x" + 'a' + 1);
        System.out.println("d=" + 1.0 + " f=" + 1.0f + " l=" + 10L + " b=" + true + " c=" + 'c' + " n=" + null);
        System.out.println("p=" + new Point(3, -4) + " arr=" + java.util.Arrays.toString(new int[] {1, 2}));
        String s = "";
        for (int i = 0; i < 5; i++) {
            s += i;
            s += ',';
        }
        System.out.println(s);
        String t = "x";
        t += 1 + 2;
        t += 'y' + 1;
        System.out.println(t);
        Object o = new Point(1, 2);
        String viaValueOf = String.valueOf(o);
        System.out.println(viaValueOf + o + o.toString());
        System.out.println("" + Integer.MAX_VALUE + Long.MIN_VALUE + Double.MIN_VALUE + Byte.MIN_VALUE + Short.MAX_VALUE);
        System.out.println((byte) 1 + (short) 2 + "" + (char) 97);
        char c = 'A';
        c += 1;
        String r = c + "" + (char) (c + 1) + (c + 1);
        System.out.println(r);
        System.out.println("nested " + ("inner " + 1 + 1) + (1 + 1));
        final String constant = "con" + "stant";
        System.out.println(constant + constant.length());
        Integer boxed = null;
        System.out.println("boxed " + boxed);
        System.out.println(100 + 0.5 + "|" + (100 + 0.5f) + "|" + 1e-3 + "|" + 1e7 + "|" + 0.1f * 3);
    }
}
