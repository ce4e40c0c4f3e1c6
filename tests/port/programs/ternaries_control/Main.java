// Ternaries (nested, with mixed numeric types and boxing), short-circuit logic, bitwise
// operators on booleans, if/else chains.
public class Main {
    static String grade(int score) {
        return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : "F";
    }

    static boolean touched(String label, boolean v) {
        System.out.print(label + " ");
        return v;
    }

    public static void main(String[] args) {
        for (int s : new int[] {95, 85, 75, 10}) {
            System.out.print(grade(s) + " ");
        }
        System.out.println();
        boolean flag = true;
        System.out.println(flag ? 1 : 2.0);
        System.out.println(flag ? 'a' : 0);
        System.out.println(!flag ? 'a' : 98);
        int i = 66;
        System.out.println(flag ? 'x' : i);
        Integer boxed = null;
        Object o = flag ? "string" : boxed;
        System.out.println(o);
        Integer value = flag ? Integer.valueOf(7) : boxed;
        System.out.println(value);
        long big = flag ? 1 : 2L;
        System.out.println(big);
        System.out.println(touched("a", false) && touched("b", true));
        System.out.println(touched("c", true) || touched("d", true));
        System.out.println(touched("e", false) & touched("f", true));
        System.out.println(touched("g", true) | touched("h", false));
        System.out.println(true ^ true);
        boolean b = false;
        b |= true;
        b &= true;
        b ^= false;
        System.out.println(b);
        int x = 7;
        String size;
        if (x < 5) {
            size = "small";
        } else if (x < 10) {
            size = "medium";
        } else {
            size = "large";
        }
        System.out.println(size + " " + (x > 5 == x < 10) + " " + (x & 3) + " " + (x | 8) + " " + (x ^ 5) + " " + (~x));
        int min = x < 3 ? x : x > 6 ? 6 : x;
        System.out.println(min);
        String nullable = args.length > 5 ? "x" : null;
        System.out.println(nullable == null ? "no args" : nullable);
    }
}
