// Static initialisation happens on first active use, superclass first, in text order; reading a
// compile-time constant does not initialise the class, reading another static field does.
public class Main {
    static int trace(String what, int v) {
        System.out.println("  init " + what);
        return v;
    }

    static class Config {
        static final int CONSTANT = 7;
        static final String NAME = "cfg";
        static int counter = trace("Config.counter", 1);

        static {
            System.out.println("  Config static block, counter=" + counter);
            counter++;
        }

        static int second = trace("Config.second", counter * 10);

        static int value() {
            return counter + second;
        }
    }

    static class Parent {
        static {
            System.out.println("  Parent static block");
        }

        static int parentField = trace("Parent.parentField", 3);
    }

    static class Child extends Parent {
        static {
            System.out.println("  Child static block");
        }

        static int childField = trace("Child.childField", 4);

        Child() {
            System.out.println("  Child()");
        }
    }

    static class OnlyArray {
        static {
            System.out.println("  OnlyArray static block (must not print)");
        }
    }

    static class ViaInstance {
        static {
            System.out.println("  ViaInstance static block");
        }

        static int created;

        ViaInstance() {
            created++;
        }
    }

    static {
        System.out.println("Main static block");
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("constant " + Config.CONSTANT + " " + Config.NAME);
        System.out.println("reading counter:");
        System.out.println("counter " + Config.counter);
        System.out.println("value " + Config.value());
        System.out.println("reading Parent.parentField through Child:");
        System.out.println(Child.parentField);
        System.out.println("new Child():");
        new Child();
        System.out.println("array of OnlyArray: " + new OnlyArray[2].length);
        System.out.println("first ViaInstance:");
        new ViaInstance();
        new ViaInstance();
        System.out.println("created " + ViaInstance.created);
    }
}
