// A class whose static initialiser would fail is linked but never initialised: nothing happens.
// Another one fails on first use, inside a try, as ExceptionInInitializerError.
import java.util.HashMap;
import java.util.Map;

public class Main {
    static class BrokenConfig {
        static final Map<String, Integer> VALUES = new HashMap<>();
        static final int RATE;

        static {
            System.out.println("BrokenConfig initialising (must not print)");
            RATE = VALUES.get("missing");
        }

        static int rate() {
            return RATE;
        }
    }

    static class FailsOnUse {
        static final int DIVISOR = Integer.parseInt("0");
        static final int RESULT = 100 / DIVISOR;

        static int result() {
            return RESULT;
        }
    }

    static class Lazy {
        static {
            System.out.println("Lazy initialised");
        }

        static String hello() {
            return "hello from Lazy";
        }
    }

    static boolean useBroken(int level) {
        if (level > 1000) {
            return BrokenConfig.rate() > 0;
        }
        return false;
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println("useBroken: " + useBroken(10));
        Class<?> unused = BrokenConfig.class;
        System.out.println("class literal does not initialise: " + (unused != null));
        System.out.println("before Lazy");
        System.out.println(Lazy.hello());
        System.out.println(Lazy.hello());
        try {
            System.out.println(FailsOnUse.result());
        } catch (ExceptionInInitializerError e) {
            System.out.println("ExceptionInInitializerError caused by " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        }
        System.out.println("end");
    }
}
