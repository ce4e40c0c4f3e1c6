// getClass().getSimpleName()/getName() as L2J's logs use them, for nested, package and JDK classes.
import java.util.ArrayList;
import java.util.HashMap;

public class Main {
    static class Outer {
        static class Nested {
        }

        class Inner {
        }
    }

    enum Kind {
        A,
        B {
            @Override
            public String toString() {
                return "bee";
            }
        }
    }

    public static void main(String[] args) {
        Outer outer = new Outer();
        Object[] objects = {outer, new Outer.Nested(), outer.new Inner(), new ArrayList<String>(), new HashMap<String, String>(), "s", 1, 2L, 'c', 1.5,
            Kind.A, new RuntimeException()};
        for (Object o : objects) {
            System.out.println(o.getClass().getSimpleName() + " | " + o.getClass().getName());
        }
        System.out.println(Kind.A.getClass().getSimpleName() + " " + Kind.B + " " + Kind.B.name());
        System.out.println(Main.class.getSimpleName() + " " + Outer.Nested.class.getName() + " " + String.class.getName());
        Runnable r = new Runnable() {
            public void run() {
            }
        };
        System.out.println("[" + r.getClass().getSimpleName() + "]");
        System.out.println(new IllegalStateException("x").getClass().getName() + " " + new Outer().getClass().getSimpleName().length());
    }
}
