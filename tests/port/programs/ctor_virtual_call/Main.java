// A base constructor calling an overridable method reaches the override before the
// subclass's field initialisers have run (it sees null and 0), except a final field with a
// constant initialiser, which is a constant.
public class Main {
    static class Base {
        protected String tag = "base-tag";

        Base() {
            System.out.println("Base() start");
            init();
            System.out.println("Base() describe: " + describe());
        }

        void init() {
            System.out.println("Base.init");
        }

        String describe() {
            return "Base";
        }
    }

    static class Derived extends Base {
        private final String kind = "constant";
        private String name = "derived";
        private int level = 7;
        private final int fixed;

        Derived() {
            super();
            fixed = 99;
            System.out.println("Derived() body: name=" + name + " level=" + level + " fixed=" + fixed);
        }

        @Override
        void init() {
            System.out.println("Derived.init sees name=" + name + " level=" + level + " fixed=" + fixed + " tag=" + tag + " kind=" + kind);
            level = 42;
        }

        @Override
        String describe() {
            return "Derived(" + name + ")";
        }
    }

    static class Leaf extends Derived {
        private final String extra = "leaf";

        @Override
        String describe() {
            return "Leaf(" + extra + ", " + super.describe() + ")";
        }
    }

    public static void main(String[] args) {
        Derived d = new Derived();
        System.out.println("after: " + d.describe() + " level=" + d.level);
        Base l = new Leaf();
        System.out.println("after: " + l.describe());
    }
}
