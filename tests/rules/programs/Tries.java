public class Tries {
    static int depth(int n) {
        try {
            try {
                if (n > 2) return n * 10;
                if (n == 0) throw new IllegalStateException("zero");
            } finally {
                System.out.println("inner finally " + n);
            }
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
            return -1;
        }
        return n;
    }

    static void plain(int n) {
        try {
            System.out.println(10 / n);
        } catch (ArithmeticException e) {
            System.out.println("div by zero");
        } finally {
            System.out.println("done " + n);
        }
    }

    public static void main(String[] args) {
        System.out.println(depth(5));
        System.out.println(depth(0));
        System.out.println(depth(1));
        plain(2);
        plain(0);
        outer:
        for (int i = 0; i < 3; i++) {
            try {
                if (i == 1) continue outer;
                System.out.println("i=" + i);
            } catch (RuntimeException e) {
                break;
            }
        }
    }
}
