// An uncaught exception: finally blocks still print while it unwinds, then the JVM writes
// the exception to stderr and exits with status 1.
public class Main {
    static void level3(int x) {
        if (x > 2) {
            throw new IllegalStateException("boom at " + x);
        }
        level3(x + 1);
    }

    static void level2() {
        try {
            level3(0);
        } finally {
            System.out.println("level2 finally");
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        try {
            level2();
        } catch (IllegalArgumentException e) {
            System.out.println("not this one");
        } finally {
            System.out.println("main finally");
        }
        System.out.println("never printed");
    }
}
