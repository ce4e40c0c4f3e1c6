// Instance creation order: super constructor, field initialisers and instance blocks in text
// order, then the constructor body; this(...) chaining.
public class Main {
    static StringBuilder log = new StringBuilder();

    static int note(String what, int v) {
        System.out.println("  " + what);
        return v;
    }

    static class A {
        int a1 = note("A.a1", 1);

        {
            System.out.println("  A instance block");
        }

        int a2 = note("A.a2", 2);

        A() {
            System.out.println("  A() body a1=" + a1 + " a2=" + a2);
        }
    }

    static class B extends A {
        int b1 = note("B.b1", 10);
        int b2;

        {
            b2 = b1 * 2;
            System.out.println("  B instance block b2=" + b2);
        }

        B() {
            this(5);
            System.out.println("  B() body");
        }

        B(int x) {
            super();
            System.out.println("  B(int) body x=" + x + " b1=" + b1);
        }
    }

    static class C {
        private final int id;
        private final String label;

        C() {
            this(0);
        }

        C(int id) {
            this(id, "default");
        }

        C(int id, String label) {
            this.id = id;
            this.label = label;
        }

        @Override
        public String toString() {
            return "C(" + id + ", " + label + ")";
        }
    }

    public static void main(String[] args) {
        System.out.println("new B():");
        new B();
        System.out.println("new B(7):");
        B b = new B(7);
        System.out.println(b.a1 + b.a2 + b.b1 + b.b2);
        System.out.println(new C() + " " + new C(3) + " " + new C(4, "x"));
    }
}
