// try-with-resources: reverse close order, the body's exception kept with close failures
// suppressed, a failing close alone propagates, null resources are skipped.
public class Main {
    static class Res implements AutoCloseable {
        private final String name;
        private final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        void use(boolean fail) {
            System.out.println("use " + name);
            if (fail) {
                throw new IllegalStateException("use of " + name + " failed");
            }
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) {
                throw new IllegalArgumentException("close of " + name + " failed");
            }
        }
    }

    static class Failing implements AutoCloseable {
        Failing() {
            throw new UnsupportedOperationException("cannot open");
        }

        @Override
        public void close() {
            System.out.println("never closed");
        }
    }

    static void report(String label, Throwable t) {
        System.out.println(label + ": " + t.getMessage());
        for (Throwable s : t.getSuppressed()) {
            System.out.println("  suppressed: " + s.getMessage());
        }
    }

    public static void main(String[] args) {
        try (Res a = new Res("a", false); Res b = new Res("b", false)) {
            a.use(false);
            b.use(false);
        }
        System.out.println("--");
        try (Res a = new Res("a", true); Res b = new Res("b", true)) {
            b.use(true);
        } catch (IllegalStateException e) {
            report("body kept", e);
        } catch (IllegalArgumentException e) {
            report("wrong one", e);
        }
        System.out.println("--");
        try (Res a = new Res("a", true)) {
            a.use(false);
        } catch (RuntimeException e) {
            report("close failure", e);
        }
        System.out.println("--");
        try (Res a = new Res("a", false); Failing f = new Failing()) {
            System.out.println("not reached");
        } catch (UnsupportedOperationException e) {
            report("open failure", e);
        } finally {
            System.out.println("finally after closes");
        }
        System.out.println("--");
        try (Res none = null) {
            System.out.println("null resource is fine: " + (none == null));
        }
        Res outer = new Res("outer", false);
        try (outer) {
            outer.use(false);
        }
        System.out.println("--");
        Throwable manual = new RuntimeException("main");
        manual.addSuppressed(new Exception("extra"));
        report("manual", manual);
    }
}
